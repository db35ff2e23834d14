"""The task part of a result: AUT scores per object and the RAT score, in the session's language."""

from django.utils.translation import gettext as _

from innospark.diagnostic.task_models import AutObjectText, RatProblem, TaskResponse
from innospark.scoring import rat


def aut_feedback(originality: float | None, fluency: int) -> str:
    """Plain words about an AUT answer, on the 1-5 originality scale of human judges."""
    if not fluency:
        return _("You did not write any idea for this object.")
    if originality < 2:
        return _(
            "Most of your ideas are the uses most people think of first. Next time, keep going after the obvious ones: "
            "the unusual ideas usually come after the first five."
        )
    if originality < 2.75:
        return _(
            "You mixed familiar uses with some less common ones. Try changing the object's size, material or "
            "context to push further away from its usual purpose."
        )
    return _(
        "Many of your ideas are ones few people think of: human judges would rate them as original."
    )


def task_results(session) -> dict:
    responses = {r.key: r for r in TaskResponse.objects.filter(session=session)}
    names = dict(
        AutObjectText.objects.filter(language=session.language).values_list("object__slug", "name")
    )
    aut, rat_rows, rat_tasks = [], [], []
    for task in session.tasks:
        response = responses.get(task["key"])
        skipped = response is None or response.skipped
        if task["kind"] == "aut":
            entry = {"item": task["key"], "object": names[task["ref"]], "skipped": skipped}
            if not skipped:
                score = response.score
                entry.update(
                    {
                        key: score[key]
                        for key in (
                            "fluency",
                            "flexibility",
                            "originality",
                            "elaboration",
                            "most_original",
                        )
                    }
                )
                entry["feedback"] = aut_feedback(score["originality"], score["fluency"])
            aut.append(entry)
        else:
            rat_tasks.append(task)
            if not skipped:
                rat_rows.append(response)
    problems = RatProblem.objects.in_bulk([t["ref"] for t in rat_tasks], field_name="key")
    results = [(r.score.get("solved", False), r.score.get("solve_rate", 0.5)) for r in rat_rows]
    return {
        "aut": aut,
        "rat": {
            "problems": len(rat_tasks),
            "skipped": bool(rat_tasks) and not rat_rows,
            "attempted": sum(1 for r in rat_rows if r.value),
            "solved": sum(1 for solved, _rate in results if solved),
            "score": rat.weighted_score(results),
            "uncalibrated": any(not p.calibrated and p.language != "en" for p in problems.values()),
        },
    }


AUT_SECONDS = 120
RAT_SECONDS = 30


def task_prompts(tasks: list[dict], language: str) -> list[dict]:
    """What a task page asks, in the language: the object of an AUT task, the cues of a RAT one."""
    names = dict(
        AutObjectText.objects.filter(language=language).values_list("object__slug", "name")
    )
    problems = RatProblem.objects.in_bulk(
        [t["ref"] for t in tasks if t["kind"] == "rat"], field_name="key"
    )
    prompts = []
    for task in tasks:
        if task["kind"] == "aut":
            name = names[task["ref"]]
            text = _(
                "Think of as many unusual and creative uses as you can for this object: %(object)s. "
                "Write one idea per line; you have 2 minutes."
            ) % {"object": name}
            prompts.append({**task, "object": name, "text": text, "seconds": AUT_SECONDS})
        else:
            cues = problems[task["ref"]].cues
            text = _("Which one word goes with all three: %(cues)s?") % {"cues": " · ".join(cues)}
            prompts.append({**task, "cues": cues, "text": text, "seconds": RAT_SECONDS})
    return prompts
