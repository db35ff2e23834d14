from django.core.management.base import BaseCommand

from innospark.diagnostic.task_models import RatProblem

MIN_ANSWERS = 50


class Command(BaseCommand):
    help = "Re-estimate each RAT problem's solve rate from live answers once it has at least 50."

    def add_arguments(self, parser):
        parser.add_argument("--min-answers", type=int, default=MIN_ANSWERS)

    def handle(self, *args, min_answers, **options):
        ready = RatProblem.objects.filter(attempts__gte=max(1, min_answers))
        count = 0
        for problem in ready:
            problem.solve_rate = round(problem.solved / problem.attempts, 3)
            problem.calibrated = True
            problem.save(update_fields=["solve_rate", "calibrated"])
            count += 1
        waiting = RatProblem.objects.filter(attempts__lt=min_answers).exclude(attempts=0).count()
        self.stdout.write(
            f"Recalibrated {count} problems; {waiting} have answers but fewer than {min_answers}."
        )
