"""Example events for a fresh install (demo data, marked is_example and labelled on every page):
upcoming and past, of each type, in several countries and languages, one nearly full and one
past with simulated feedback. Each description starts by saying it will not take place."""

import random
import secrets
import uuid
from datetime import datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from innospark.events.models import (
    QUESTIONS,
    FeedbackRequest,
    FeedbackResponse,
    Registration,
    Status,
)
from innospark.events.services import EventDetails, digest, event_create
from innospark.events.zones import localise

NOTE = {
    "en": "Example event (demo data): it shows how events work and will not take place.",
    "bg": "Примерно събитие (демонстрационни данни): показва как работят събитията и няма да се проведе.",
    "it": "Evento di esempio (dati dimostrativi): mostra come funzionano gli eventi e non avrà luogo.",
    "es": "Evento de ejemplo (datos de demostración): muestra cómo funcionan los eventos y no se celebrará.",
    "et": "Näidisüritus (demoandmed): näitab, kuidas üritused töötavad, ja seda ei toimu.",
    "hu": "Példaesemény (bemutató adat): azt mutatja meg, hogyan működnek az események, és nem kerül megrendezésre.",
}

EXAMPLES = [
    {
        "kind": "workshop",
        "days": 21,
        "hours": (14, 17),
        "zone": "Europe/Brussels",
        "country": "",
        "venue": "",
        "online": "https://example.org/innospark-online-workshop",
        "capacity": 30,
        "registered": 6,
        "texts": {
            "en": (
                "Creativity techniques for software teams",
                "An online, hands-on workshop for developers, testers and team leads. We try three techniques from the INNOSPARK toolkit (brainwriting 6-3-5, SCAMPER and reverse brainstorming) on problems the participants bring, and discuss how to use them in sprint planning and retrospectives.",
            ),
            "bg": (
                "Техники за креативност за софтуерни екипи",
                "Практически онлайн семинар за разработчици, тестери и ръководители на екипи. Ще изпробваме три техники от инструментариума на INNOSPARK (brainwriting 6-3-5, SCAMPER и обратен мозъчен щурм) върху проблеми, които участниците донесат, и ще обсъдим как да ги използваме при планирането на спринтове и в ретроспективите.",
            ),
            "it": (
                "Tecniche di creatività per team software",
                "Un workshop pratico online per sviluppatori, tester e team leader. Proveremo tre tecniche del toolkit INNOSPARK (brainwriting 6-3-5, SCAMPER e brainstorming inverso) su problemi portati dai partecipanti e discuteremo come usarle nella pianificazione degli sprint e nelle retrospettive.",
            ),
            "es": (
                "Técnicas de creatividad para equipos de software",
                "Un taller práctico en línea para desarrolladores, testers y jefes de equipo. Probaremos tres técnicas de la caja de herramientas de INNOSPARK (brainwriting 6-3-5, SCAMPER y lluvia de ideas inversa) con problemas que traigan los participantes y veremos cómo usarlas en la planificación de sprints y en las retrospectivas.",
            ),
            "et": (
                "Loovustehnikad tarkvarameeskondadele",
                "Praktiline veebitöötuba arendajatele, testijatele ja meeskonnajuhtidele. Proovime kolme INNOSPARKi tööriistakasti tehnikat (ajukirjutamine 6-3-5, SCAMPER ja vastupidine ajurünnak) osalejate toodud probleemide peal ning arutame, kuidas neid sprindi planeerimisel ja retrospektiivides kasutada.",
            ),
            "hu": (
                "Kreativitási technikák szoftverfejlesztő csapatoknak",
                "Gyakorlati online workshop fejlesztőknek, tesztelőknek és csapatvezetőknek. Az INNOSPARK eszköztárának három technikáját (6-3-5 brainwriting, SCAMPER és fordított ötletelés) próbáljuk ki a résztvevők által hozott problémákon, és megbeszéljük, hogyan használhatók a sprinttervezésben és a retrospektíveken.",
            ),
        },
    },
    {
        "kind": "national-event",
        "days": 35,
        "hours": (9, 17),
        "zone": "Europe/Sofia",
        "country": "BG",
        "venue": "Sofia (example venue)",
        "online": "",
        "capacity": 12,
        "registered": 11,
        "texts": {
            "bg": (
                "Ден на иновациите за малки ИКТ компании в София",
                "Ден за собственици и служители на малки ИКТ компании: кратки презентации за организирането на хакатони и дизайн спринтове в малък екип, след това практическа сесия със самодиагностиката на INNOSPARK и обсъждане на резултатите на екипа.",
            ),
            "en": (
                "Innovation day for small ICT companies in Sofia",
                "A day for owners and staff of small ICT companies: short talks on running hackathons and design sprints in a small team, then a hands-on session with the INNOSPARK self-diagnostic and a discussion of the team's results.",
            ),
        },
    },
    {
        "kind": "conference",
        "days": 60,
        "hours": (9, 18),
        "zone": "Europe/Rome",
        "country": "IT",
        "venue": "Rome (example venue)",
        "online": "",
        "capacity": 150,
        "registered": 3,
        "texts": {
            "it": (
                "Pratiche creative nell'ICT europeo: conferenza",
                "Una giornata di interventi e workshop su come le aziende ICT trasformano le pratiche creative in prodotti: open innovation, incubatori interni, design centrato sull'utente e sperimentazione, a partire dai casi del compendio INNOSPARK.",
            ),
            "en": (
                "Creative practice in European ICT: a conference",
                "A day of talks and workshops on how ICT companies turn creative practices into products: open innovation, internal incubators, user-centred design and experimentation, starting from the cases in the INNOSPARK compendium.",
            ),
            "es": (
                "Prácticas creativas en las TIC europeas: conferencia",
                "Una jornada de charlas y talleres sobre cómo las empresas TIC convierten las prácticas creativas en productos: innovación abierta, incubadoras internas, diseño centrado en el usuario y experimentación, a partir de los casos del compendio de INNOSPARK.",
            ),
        },
    },
    {
        "kind": "workshop",
        "days": 10,
        "hours": (13, 17),
        "zone": "Europe/Tallinn",
        "country": "EE",
        "venue": "Tallinn (example venue)",
        "online": "https://example.org/innospark-tallinn-workshop",
        "capacity": 20,
        "registered": 4,
        "texts": {
            "et": (
                "Kuus mõttemütsi tooteotsuste tegemiseks",
                "Poolepäevane töötuba tooteomanikele ja arendajatele Tallinnas ja veebis. Vaatame kuue mõttemütsi abil üht päris tooteotsust igast küljest ning harjutame tehnika kasutamist lühikesel koosolekul.",
            ),
            "en": (
                "Six thinking hats for product decisions",
                "A half-day workshop for product owners and developers, in Tallinn and online. We use the six thinking hats to look at a real product decision from every side, then practise running the technique in a short meeting.",
            ),
        },
    },
    {
        "kind": "workshop",
        "days": -30,
        "hours": (10, 16),
        "zone": "Europe/Budapest",
        "country": "HU",
        "venue": "Budapest (example venue)",
        "online": "",
        "capacity": 16,
        "registered": 9,
        "feedback": 6,
        "texts": {
            "hu": (
                "Brainwriting és SCAMPER trénereknek",
                "Workshop szakképzési trénereknek, akik ICT-cégek munkatársait képzik: hogyan vezessük le csoporttal a 6-3-5 brainwriting és a SCAMPER technikát, hogyan időzítsük a lépéseket, és hogyan folytassuk az önértékelő teszttel.",
            ),
            "en": (
                "Brainwriting and SCAMPER for trainers",
                "A workshop for vocational trainers who teach the staff of ICT companies: how to run brainwriting 6-3-5 and SCAMPER with a group, how to time the steps, and how to follow up with the self-diagnostic.",
            ),
        },
    },
    {
        "kind": "national-event",
        "days": -90,
        "hours": (15, 19),
        "zone": "Europe/Madrid",
        "country": "ES",
        "venue": "Madrid (example venue)",
        "online": "",
        "capacity": 40,
        "registered": 5,
        "texts": {
            "es": (
                "Un hack day en una empresa pequeña: cómo empezar",
                "Una tarde para pymes TIC que quieren organizar su primer hack day: elegir el tema, formar equipos, repartir el tiempo del día y decidir qué hacer después con las ideas. Con un breve ejercicio de hackatón.",
            ),
            "en": (
                "A hack day in a small company: how to start",
                "An afternoon for ICT SMEs that want to run their first hack day: choosing a theme, forming teams, timing the day and deciding what to do with the ideas afterwards. With a short hackathon exercise.",
            ),
        },
    },
]

COMMENTS = [
    ("hu", "Az időzítési tippek voltak a leghasznosabbak."),
    ("en", "More time for practice in small groups, please."),
    ("hu", ""),
    ("en", "Clear and well paced."),
    ("hu", ""),
    ("en", ""),
]


def _at(day, hour: int, zone: str) -> datetime:
    return localise(datetime.combine(day, time(hour, 0)), zone)


def _registrations(event, count: int, rng: random.Random) -> list[Registration]:
    made, last = [], min(timezone.now(), event.registration_deadline)
    for n in range(1, count + 1):
        made.append(
            Registration.objects.create(
                event=event,
                name=f"Example attendee {n}",
                email=f"attendee{n}.{event.pk}@example.org",
                language=rng.choice(event.languages),
                status=Status.CONFIRMED,
                created_at=last - timedelta(days=count - n + 1),
                cancel_token_hash=digest(secrets.token_urlsafe(24)),
                calendar_uid=f"{uuid.uuid4()}@innospark",
            )
        )
    return made


def _feedback(registrations: list[Registration], count: int, rng: random.Random) -> None:
    for registration, (_language, comment) in zip(registrations[:count], COMMENTS, strict=False):
        request = FeedbackRequest.objects.create(
            event=registration.event,
            registration=registration,
            token_hash=digest(secrets.token_urlsafe(24)),
            sent_at=registration.event.ends_at + timedelta(days=1),
        )
        scores = {key: rng.choice([3, 4, 4, 5, 5]) for key, _label in QUESTIONS}
        FeedbackResponse.objects.create(request=request, comment=comment, **scores)


@transaction.atomic
def create_examples(seed: int = 2016) -> int:
    rng = random.Random(seed)
    today = timezone.now().date()
    for example in EXAMPLES:
        day = today + timedelta(days=example["days"])
        start_hour, end_hour = example["hours"]
        starts_at = _at(day, start_hour, example["zone"])
        texts = {
            code: (title, f"{NOTE[code]}\n\n{description}")
            for code, (title, description) in example["texts"].items()
        }
        event = event_create(
            organiser=None,
            details=EventDetails(
                kind=example["kind"], languages=list(texts), texts=texts,
                starts_at=starts_at, ends_at=_at(day, end_hour, example["zone"]),
                time_zone=example["zone"], capacity=example["capacity"],
                registration_deadline=starts_at - timedelta(days=2),
                country=example["country"], venue=example["venue"],
                online_url=example["online"], published=True, is_example=True,
            ),
        )  # fmt: skip
        registrations = _registrations(event, example["registered"], rng)
        _feedback(registrations, example.get("feedback", 0), rng)
    return len(EXAMPLES)
