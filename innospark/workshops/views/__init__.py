from innospark.workshops.views import facilitator, participant

__all__ = ["facilitator", "participant"]
