"""remote-associates: five three-word problems from the diagnostic's pool in the run's
language; the summary says which were solved and gives the answers."""

from innospark.diagnostic.task_models import RatProblem
from innospark.scoring import rat
from innospark.toolkit.exercises.base import ExerciseKind

PROBLEMS = 5


class RemoteAssociates(ExerciseKind):
    def problems(self, run) -> list[RatProblem]:
        pool = list(RatProblem.objects.filter(language=run.language).order_by("key"))
        return self.rng(run).sample(pool, min(PROBLEMS, len(pool)))

    def step_context(self, run, exercise, text, index: int) -> dict:
        context = super().step_context(run, exercise, text, index)
        if exercise.steps[index]["input"] == "answers":
            context["problems"] = [p.cues for p in self.problems(run)]
        return context

    def summary(self, run, exercise, text) -> dict:
        step = next(i for i, spec in enumerate(exercise.steps) if spec["input"] == "answers")
        answers = run.value(step) or []
        rows = []
        for i, problem in enumerate(self.problems(run)):
            answer = answers[i] if i < len(answers) else ""
            rows.append(
                {
                    "cues": problem.cues,
                    "answer": answer,
                    "solution": problem.solution,
                    "solved": bool(answer)
                    and rat.matches(answer, problem.solution, problem.accepted),
                }
            )
        return {"rat": {"rows": rows, "solved": sum(r["solved"] for r in rows), "total": len(rows)}}


KIND = RemoteAssociates("remote-associates")
