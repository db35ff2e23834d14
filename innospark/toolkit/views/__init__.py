from innospark.toolkit.views.exercises import (
    exercise_detail,
    exercise_facilitate,
    exercise_list,
    exercise_pdf,
    exercise_start,
    exercise_step,
    exercise_summary,
    my_toolkit,
)
from innospark.toolkit.views.techniques import (
    technique_detail,
    technique_facilitate,
    technique_list,
)

__all__ = [
    "exercise_detail",
    "exercise_facilitate",
    "exercise_list",
    "exercise_pdf",
    "exercise_start",
    "exercise_step",
    "exercise_summary",
    "my_toolkit",
    "technique_detail",
    "technique_facilitate",
    "technique_list",
]
