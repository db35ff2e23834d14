"""What the screens and exports show: ideas with their group and originality (computed on
read from the stored embeddings, step by step), the idea wall, and the ranking by votes."""

from dataclasses import dataclass

from django.db.models import Count
from django.utils.translation import ngettext

from innospark.scoring.ideas import from_bytes, group_ideas, originality
from innospark.workshops.models import Phase, Vote, Workshop


@dataclass
class IdeaRow:
    id: int
    text: str
    language: str
    name: str
    step: int  # 0-based, as stored
    group: int  # 1-based within its step
    originality: int  # 0-100
    votes: int

    @property
    def step_number(self) -> int:
        return self.step + 1


def scored_ideas(workshop: Workshop, *, step: int | None = None) -> list[IdeaRow]:
    """Ideas in the order they arrived; groups and originality compare ideas of the same step,
    since each step asks its own question."""
    ideas = workshop.ideas.all() if step is None else workshop.ideas.filter(step=step)
    rows = list(
        ideas.order_by("created_at", "pk").values_list(
            "id", "text", "language", "participant__name", "step", "embedding"
        )
    )
    # Counted apart: a COUNT beside the embeddings would make the database group by them.
    votes = dict(
        Vote.objects.filter(idea__in=ideas)
        .values("idea")
        .annotate(count=Count("id"))
        .values_list("idea", "count")
    )
    result = []
    for current in sorted({row[4] for row in rows}):
        in_step = [row for row in rows if row[4] == current]
        embeddings = from_bytes([bytes(row[5]) for row in in_step])
        labels, scores = group_ideas(embeddings), originality(embeddings)
        result += [
            IdeaRow(id=row[0], text=row[1], language=row[2], name=row[3], step=row[4],
                    group=label + 1, originality=score, votes=votes.get(row[0], 0))
            for row, label, score in zip(in_step, labels, scores, strict=True)
        ]  # fmt: skip
    arrival = {row[0]: i for i, row in enumerate(rows)}
    return sorted(result, key=lambda row: arrival[row.id])


def wall_step(workshop: Workshop) -> int | None:
    """The step whose ideas the wall shows: the current one while it collects or has ideas,
    otherwise the latest step that has any."""
    if workshop.collecting or workshop.ideas.filter(step=workshop.step).exists():
        return workshop.step
    latest = workshop.ideas.order_by("-step").values_list("step", flat=True).first()
    return latest


def wall_groups(rows: list[IdeaRow]) -> list[dict]:
    """Groups of similar ideas, the largest first; within a group, in order of arrival."""
    groups: dict[int, list[IdeaRow]] = {}
    for row in rows:
        groups.setdefault(row.group, []).append(row)
    ordered = sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))
    # Headings here rather than in the template: a wall can hold hundreds of groups, and a
    # {% blocktranslate %} per group costs more than the rest of the fragment.
    return [
        {
            "number": number,
            "ideas": ideas,
            "heading": ngettext(
                "Group %(number)s (%(count)s idea)",
                "Group %(number)s (%(count)s ideas)",
                len(ideas),
            )
            % {"number": number, "count": len(ideas)},
        }
        for number, ideas in ordered
    ]


def ranking(rows: list[IdeaRow]) -> list[IdeaRow]:
    """Most votes first; ties by originality, then by arrival."""
    order = {row.id: i for i, row in enumerate(rows)}
    return sorted(rows, key=lambda row: (-row.votes, -row.originality, order[row.id]))


def wall_context(workshop: Workshop) -> dict:
    participants = workshop.participants.count()
    if workshop.phase == Phase.STEPS:
        step = wall_step(workshop)
        rows = [] if step is None else scored_ideas(workshop, step=step)
        return {
            "participants": participants,
            "wall_step": None if step is None else step + 1,
            "groups": wall_groups(rows),
            "idea_count": len(rows),
            "total_ideas": workshop.ideas.count(),
            "ranking": None,
        }
    rows = scored_ideas(workshop)
    return {
        "participants": participants,
        "groups": None,
        "wall_step": None,
        "ranking": ranking(rows),
        "idea_count": len(rows),
        "total_ideas": len(rows),
        "votes_cast": sum(row.votes for row in rows),
        "votes_possible": participants * workshop.votes_per_participant,
    }
