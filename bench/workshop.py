"""`make bench-workshop`: how fast a live workshop's screens see a change, with 50 participants,
served by gunicorn (harness.WORKERS processes x THREADS threads) on SQLite and PostgreSQL.

Everything goes through HTTP as a browser would: 50 simulated participants join by the code
(the join form, its CSRF cookie and the session cookie), then poll their stage fragment every
second as the page does (htmx ``every 1s``) and each sends an idea every 6.5 to 9 s (under the
limit of 5 per 30 s) for IDEAS_SECONDS, while a simulated facilitator screen polls the idea
wall every second. Afterwards the facilitator moves through the steps, STEP_GAP apart.

- idea latency: from the acknowledgment of the idea's POST (its response arriving) to the
  first wall poll response that contains the idea;
- step latency: from the acknowledgment of the facilitator's "next step" POST to the first
  stage poll response of each participant that shows the new step.

Like htmx, a poller sends its next request 1 s after the previous one was sent when it got a
204, and 1 s after the response when it got new content. Prints p50, p95 and max of both, and
one summary line; exits 1 when any update took 2 s or more.

Usage: .venv/bin/python bench/workshop.py [--db both|postgres|sqlite] [--pg-url URL]
           [--participants 50] [--seconds 60]
"""

import argparse
import asyncio
import json
import os
import random
import re
import secrets
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import (  # noqa: E402
    DEFAULT_PG_URL,
    PYTHON,
    ROOT,
    THREADS,
    WORKERS,
    Connection,
    Database,
    Server,
    percentile,
)

# A database of its own, so this runs beside `make bench-load` (which drops and recreates its own).
PG_URL = DEFAULT_PG_URL.rsplit("/", 1)[0] + "/innospark_bench_workshop"
TARGET_S = 2.0
POLL_S = 1.0
IDEA_GAP = (6.5, 9.0)
STEP_GAP = 4.0
WORDS = (
    "chatbot onboarding call discount students roadmap hackathon video tutorials bonus bug "
    "reports feedback forum newsletter webinar mentoring pairing templates dashboard alerts"
).split()
IDEA = re.compile(r"idea p(\d+)n(\d+)")
VERSION = re.compile(r"\?v=([0-9a-z]+)")
STEP = re.compile(r"Step (\d+) of")


class Browser(Connection):
    """A keep-alive connection that keeps cookies and sends forms, as a browser tab would."""

    def __init__(self, port: int, cookies: dict | None = None):
        super().__init__(port)
        self.cookies = dict(cookies or {})

    async def send(self, method: str, path: str, form: dict | None = None, htmx=False):
        body = urlencode(form or {}).encode()
        head = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: {len(body)}\r\n"
        if form is not None:
            head += "Content-Type: application/x-www-form-urlencoded\r\n"
        if self.cookies:
            head += "Cookie: " + "; ".join(f"{k}={v}" for k, v in self.cookies.items()) + "\r\n"
        if "csrftoken" in self.cookies and method == "POST":
            head += f"X-CSRFToken: {self.cookies['csrftoken']}\r\n"
        if htmx:
            head += "HX-Request: true\r\n"
        data = head.encode() + b"\r\n" + body
        reused = self.writer is not None
        try:
            return await self._send(data)
        except (asyncio.IncompleteReadError, ConnectionResetError, BrokenPipeError) as exc:
            # The server closed an idle kept-alive connection before reading the request: it
            # was never processed, so sending it again on a new connection is safe.
            self.close()
            if not reused or getattr(exc, "partial", b""):
                raise
            return await self._send(data)

    async def _send(self, data: bytes):
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        self.writer.write(data)
        raw = await self.reader.readuntil(b"\r\n\r\n")
        lines = raw.decode("latin-1").split("\r\n")
        status, headers = int(lines[0].split()[1]), {}
        for line in lines[1:]:
            name, _sep, value = line.partition(":")
            if name.lower() == "set-cookie":
                key, _eq, rest = value.strip().partition("=")
                self.cookies[key] = rest.split(";")[0]
            headers[name.strip().lower()] = value.strip()
        size = int(headers.get("content-length", "0"))
        content = await self.reader.readexactly(size) if size else b""
        if headers.get("connection", "").lower() == "close":
            self.close()
        return status, content.decode()


async def poller(conn: Browser, path: str, seen, stop: asyncio.Event, errors: list) -> None:
    """Poll `path` like htmx `every 1s`; `seen(text, now)` gets each new fragment."""
    version = "0"
    while not stop.is_set():
        sent = time.monotonic()
        try:
            status, text = await conn.send("GET", f"{path}?v={version}", htmx=True)
        except (OSError, asyncio.IncompleteReadError) as exc:
            errors.append(f"poll: {type(exc).__name__}")
            status, text = 0, ""
        now = time.monotonic()
        if status == 200:
            seen(text, now)
            match = VERSION.search(text)
            version = match.group(1) if match else version
            wait = POLL_S
        else:
            if status not in (0, 204):
                errors.append(f"poll: HTTP {status}")
            wait = max(0.0, sent + POLL_S - now)
        try:
            await asyncio.wait_for(stop.wait(), wait)
        except TimeoutError:
            pass


async def join(port: int, code: str, index: int) -> Browser:
    conn = Browser(port)
    status, _text = await conn.send("GET", f"/en/live/{code}/")
    assert status == 200 and "csrftoken" in conn.cookies, status
    form = {"csrfmiddlewaretoken": conn.cookies["csrftoken"], "name": f"P{index}"}
    status, _text = await conn.send("POST", f"/en/live/{code}/", form)
    assert status == 302 and "sessionid" in conn.cookies, status
    return conn


async def run(port: int, setup: dict, participants: int, seconds: float) -> dict:
    code, wid = setup["code"], setup["id"]
    errors: list[str] = []
    acked: dict[tuple[int, int], float] = {}
    on_wall: dict[tuple[int, int], float] = {}
    post_ms: list[float] = []
    step_ack: dict[int, float] = {}
    step_seen: list[dict[int, float]] = [{} for _ in range(participants)]
    phones = [await join(port, code, i) for i in range(participants)]
    room = Browser(port, {"sessionid": setup["session"], "csrftoken": setup["csrf"]})

    def wall_seen(text: str, now: float) -> None:
        for match in IDEA.finditer(text):
            on_wall.setdefault((int(match.group(1)), int(match.group(2))), now)

    def stage_seen_for(index: int):
        def seen(text: str, now: float) -> None:
            match = STEP.search(text)
            if match:
                step_seen[index].setdefault(int(match.group(1)), now)

        return seen

    stop = asyncio.Event()
    pollers = [
        asyncio.create_task(poller(room, f"/en/live/run/{wid}/wall/", wall_seen, stop, errors))
    ]
    pollers += [
        asyncio.create_task(
            poller(Browser(port, phone.cookies), f"/en/live/{code}/stage/", stage_seen_for(i), stop, errors)
        )
        for i, phone in enumerate(phones)
    ]  # fmt: skip

    async def ideas(index: int, phone: Browser) -> None:
        rng = random.Random(index)
        until = time.monotonic() + seconds
        await asyncio.sleep(rng.uniform(0, IDEA_GAP[1]))
        n = 0
        while time.monotonic() < until:
            text = f"idea p{index}n{n} " + " ".join(rng.sample(WORDS, 4))
            form = {"csrfmiddlewaretoken": phone.cookies["csrftoken"], "text": text}
            start = time.perf_counter()
            try:
                status, _body = await phone.send("POST", f"/en/live/{code}/ideas/", form, htmx=True)
            except (OSError, asyncio.IncompleteReadError) as exc:
                status, _body = type(exc).__name__, ""
            if status == 200 and "idea p" in _body and 'role="alert"' not in _body:
                acked[(index, n)] = time.monotonic()
                post_ms.append((time.perf_counter() - start) * 1000)
            else:
                errors.append(f"idea: HTTP {status}")
            n += 1
            await asyncio.sleep(rng.uniform(*IDEA_GAP))

    await asyncio.gather(*(ideas(i, phone) for i, phone in enumerate(phones)))
    await asyncio.sleep(TARGET_S + POLL_S)  # let the wall catch up with the last ideas
    controls = Browser(port, room.cookies)
    for step in range(2, 6):
        form = {"csrfmiddlewaretoken": setup["csrf"], "action": "next"}
        status, _body = await controls.send("POST", f"/en/live/run/{wid}/control/", form, htmx=True)
        step_ack[step] = time.monotonic()
        if status != 200:
            errors.append(f"next step: HTTP {status}")
        await asyncio.sleep(STEP_GAP)
    stop.set()
    await asyncio.gather(*pollers)
    # A poll can answer a moment before the POST's own response is read: that counts as 0 s.
    idea_latency = [max(0.0, on_wall[key] - when) for key, when in acked.items() if key in on_wall]
    missing = [key for key in acked if key not in on_wall]
    step_latency = [
        max(0.0, seen[step] - when) for seen in step_seen for step, when in step_ack.items()
        if step in seen
    ]  # fmt: skip
    step_missing = participants * len(step_ack) - len(step_latency)
    return {
        "ideas": len(acked),
        "idea_latency": idea_latency,
        "missing": len(missing),
        "step_latency": step_latency,
        "step_missing": step_missing,
        "post_ms": post_ms,
        "errors": errors,
    }


def server_cpu(master: int) -> float:
    """CPU seconds used so far by gunicorn's workers (children of the master), from /proc."""
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == master:  # ppid
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def setup_workshop(database: Database) -> dict:
    done = subprocess.run(
        [PYTHON, __file__, "setup"], capture_output=True, text=True, cwd=ROOT,
        env=database.env, check=True,
    )  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def _setup() -> None:
    """In the benchmark database's environment: a facilitator signed in (a session made here,
    as the login form would), and a workshop of Brainwriting 6-3-5 collecting ideas."""
    import django

    sys.path.insert(0, str(ROOT))
    django.setup()
    from django.contrib.auth import (
        BACKEND_SESSION_KEY,
        HASH_SESSION_KEY,
        SESSION_KEY,
        get_user_model,
    )
    from django.contrib.sessions.backends.db import SessionStore

    from innospark.toolkit.models import Technique
    from innospark.workshops.services import workshop_control, workshop_start

    user = get_user_model().objects.create_user("bench-facilitator", password=None)
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    workshop = workshop_start(
        technique=Technique.objects.get(slug="brainwriting-635"), facilitator=user, language="en"
    )
    workshop_control(workshop=workshop, action="collect")
    csrf = "".join(secrets.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(32))
    print(json.dumps({"code": workshop.code, "id": str(workshop.pk),
                      "session": session.session_key, "csrf": csrf}))  # fmt: skip


def figures(values: list[float]) -> str:
    return (
        f"p50 {percentile(values, 50):.2f} s, p95 {percentile(values, 95):.2f} s, "
        f"max {max(values, default=float('nan')):.2f} s"
    )


def bench(kind: str, pg_url: str, participants: int, seconds: float) -> tuple[bool, str]:
    database = Database(kind, pg_url).create()
    server = None
    try:
        server = Server(database).start()
        setup = setup_workshop(database)
        cpu_before, started = server_cpu(server.process.pid), time.monotonic()
        result = asyncio.run(run(server.port, setup, participants, seconds))
        cpu = (server_cpu(server.process.pid) - cpu_before) / (time.monotonic() - started)
    finally:
        if server is not None:
            server.stop()
        database.drop()
    ideas, steps = result["idea_latency"], result["step_latency"]
    print(
        f"{database.label}: {participants} participants, {result['ideas']} ideas in {seconds:.0f} s"
    )
    print(f"  gunicorn used {cpu:.2f} cores on average; machine load {os.getloadavg()[0]:.1f} "
          f"(1 min) on {os.cpu_count()} cores")  # fmt: skip
    print(f"  idea POST acknowledged in: p50 {percentile(result['post_ms'], 50):.0f} ms, "
          f"p95 {percentile(result['post_ms'], 95):.0f} ms")  # fmt: skip
    print(f"  idea on the facilitator's wall after its acknowledgment: {figures(ideas)}")
    print(f"  next step on the participants' screens: {figures(steps)} ({len(steps)} changes seen)")
    if result["errors"] or result["missing"] or result["step_missing"]:
        print(f"  errors: {len(result['errors'])} {sorted(set(result['errors']))[:5]}; ideas never "
              f"shown: {result['missing']}; step changes never shown: {result['step_missing']}")  # fmt: skip
    worst = max(ideas + steps, default=float("inf"))
    ok = (
        worst < TARGET_S and not result["errors"] and not result["missing"]
        and not result["step_missing"] and bool(ideas) and bool(steps)
    )  # fmt: skip
    summary = (
        f"{database.label} {participants} participants: idea p95 {percentile(ideas, 95):.2f} s "
        f"max {max(ideas, default=float('nan')):.2f} s, step p95 {percentile(steps, 95):.2f} s "
        f"max {max(steps, default=float('nan')):.2f} s"
    )
    return ok, summary


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", choices=["both", "postgres", "sqlite"], default="both")
    parser.add_argument("--pg-url", default=PG_URL)
    parser.add_argument("--participants", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    print(f"gunicorn: {WORKERS} workers x {THREADS} threads; target: every update < {TARGET_S} s")
    kinds = ["sqlite", "postgres"] if args.db == "both" else [args.db]
    results = [bench(kind, args.pg_url, args.participants, args.seconds) for kind in kinds]
    ok = all(passed for passed, _summary in results)
    verdict = "PASS" if ok else "MISS"
    print(f"bench-workshop {verdict}: " + "; ".join(summary for _ok, summary in results))
    return 0 if ok else 1


if __name__ == "__main__":
    if sys.argv[1:] == ["setup"]:
        _setup()
    else:
        sys.exit(main())
