from uuid import UUID

from ninja import Schema
from pydantic import Field, StrictInt, StrictStr


class StartIn(Schema):
    language: str = Field(description="One of en, bg, it, es, et, hu")
    role: str = Field("", description="employee, team-lead or employer")
    company_size: str = Field("", description="micro, small, medium or large")
    country: str = Field("", description="UK, BG, IT, ES, EE, HU or OTHER")
    sector: str = Field("", description="ICT sub-sector key")
    join_code: str = Field("", description="An organisation's campaign code, to take part in it")


class StartOut(Schema):
    id: UUID
    token: str
    resume_code: str


class OptionOut(Schema):
    value: int
    label: str


class ItemOut(Schema):
    id: str
    type: str
    text: str
    options: list[OptionOut]


class PageOut(Schema):
    done: bool
    page: int | None = None
    pages: int
    items: list[ItemOut] = []


class AnswerIn(Schema):
    item: StrictStr
    # Strict: JSON true or 2.5 must not turn into a valid answer 1 or 2.
    value: StrictInt | StrictStr | list[StrictStr]


class AnswersIn(Schema):
    answers: list[AnswerIn] = []
    skip: bool = Field(
        False, description="Skip the current task page (AUT or RAT) instead of answering"
    )


class ProgressOut(Schema):
    answered: int
    total: int
    pages: int
    next_page: int | None
    done: bool


class ResumeIn(Schema):
    code: str


class ResumeOut(Schema):
    id: UUID
    token: str


class SkillOut(Schema):
    key: str
    name: str
    group: str
    score: float
    answered: int
    items: int
    level: str
    interpretation: str
    percentile: float | None
    percentile_country: float | None
    percentile_role: float | None


class GroupOut(Schema):
    key: str
    name: str
    score: float
    answered: int
    items: int
    percentile: float | None


class HighlightOut(Schema):
    key: str
    name: str
    score: float
    level: str
    interpretation: str


class PlanTechniqueOut(Schema):
    slug: str
    name: str
    purpose: str
    url: str


class ExerciseLinkOut(Schema):
    kind: str
    name: str
    goal: str
    url: str


class PlanOut(Schema):
    skill: str
    name: str
    score: float
    techniques: list[PlanTechniqueOut]
    exercises: list[ExerciseLinkOut]


class NormOut(Schema):
    sessions: int
    enough: bool


class AutTaskOut(Schema):
    item: str
    object: str
    skipped: bool
    fluency: int | None = None
    flexibility: int | None = None
    originality: float | None = None
    elaboration: float | None = None
    most_original: list[str] = []
    feedback: str | None = None


class RatOut(Schema):
    problems: int
    skipped: bool
    attempted: int
    solved: int
    score: float | None
    uncalibrated: bool


class TasksOut(Schema):
    aut: list[AutTaskOut]
    rat: RatOut


class ResultOut(Schema):
    id: UUID
    language: str
    finished_at: str
    skills: list[SkillOut]
    groups: list[GroupOut]
    strengths: list[HighlightOut]
    development: list[HighlightOut]
    plan: list[PlanOut]
    norms: dict[str, NormOut]
    norms_message: str
    tasks: TasksOut


class ErrorOut(Schema):
    detail: str
