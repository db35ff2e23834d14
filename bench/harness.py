"""Shared pieces of `make bench-load` and `make test-crash`: a throwaway database (a temporary
SQLite file, or a PostgreSQL database of its own), gunicorn in its own process group, a small
keep-alive HTTP/1.1 client on asyncio, and simulated test-takers walking the diagnostic API.

The load generator shares the machine's two cores with gunicorn and PostgreSQL, so it is kept
cheap: one asyncio process, one persistent connection per simulated user, no HTTP library.

`python bench/harness.py stored` (run with a benchmark database's environment) reads session
ids as JSON on stdin and prints what the database holds for them; the scripts use it to
compare acknowledged answers with stored ones.
"""

import asyncio
import json
import os
import random
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).with_name("gunicorn"))
API = "/api/v1/diagnostic"
LANGUAGES = ["en", "bg", "it", "es", "et", "hu"]
DEFAULT_PG_URL = "postgres://innospark:innospark@127.0.0.1:5432/innospark_bench"
# 2 cores shared with PostgreSQL and the load generator: 2 processes (one per core, so a slow
# request in one never blocks the other) with 4 threads each, which overlap database waits.
# gthread also keeps connections alive; sync workers close every connection after one request.
WORKERS, THREADS = 2, 4


# The database -----------------------------------------------------------------------------


class Database:
    """A fresh, migrated database with the content loaded; `drop()` removes it."""

    def __init__(self, kind: str, pg_url: str = DEFAULT_PG_URL):
        self.kind = kind
        self.env = {
            **{k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "SQLITE_PATH")},
            "DJANGO_SETTINGS_MODULE": "innospark.settings",
            "DEBUG": "0",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "LOG_LEVEL": "WARNING",
            # Plain HTTP on 127.0.0.1: in production TLS ends at the proxy in front.
            "SECURE_SSL_REDIRECT": "0",
        }
        if kind == "sqlite":
            self.dir = tempfile.mkdtemp(prefix="innospark-bench-")
            self.env["SQLITE_PATH"] = os.path.join(self.dir, "db.sqlite3")
            self.label = "SQLite (WAL)"
        elif kind == "postgres":
            self.url = pg_url
            self.env["DATABASE_URL"] = pg_url
            self.label = "PostgreSQL"
        else:
            raise ValueError(kind)

    def create(self) -> "Database":
        if self.kind == "postgres":
            name = urlsplit(self.url).path.lstrip("/")
            self._admin(
                f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', f'CREATE DATABASE "{name}"'
            )
        for command in (["migrate", "--noinput", "-v0"], ["load_content", "-v0"]):
            subprocess.run(
                [PYTHON, "manage.py", *command],
                cwd=ROOT,
                env=self.env,
                check=True,
                stdout=subprocess.DEVNULL,
            )
        return self

    def drop(self) -> None:
        if self.kind == "sqlite":
            shutil.rmtree(self.dir, ignore_errors=True)
        else:
            name = urlsplit(self.url).path.lstrip("/")
            self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def _admin(self, *statements: str) -> None:
        import psycopg

        admin = urlunsplit(urlsplit(self.url)._replace(path="/postgres", query=""))
        try:
            connection = psycopg.connect(admin, autocommit=True, connect_timeout=5)
        except psycopg.OperationalError as exc:
            sys.exit(
                f"PostgreSQL is not reachable at {admin.split('@')[-1]} ({exc}).\n"
                "Start it with `pg_ctlcluster 15 main start` (the make targets run bench/pg_up.sh),"
                " or pass --pg-url postgres://USER:PASSWORD@HOST:PORT/DBNAME (a role with CREATEDB)."
            )
        with connection:
            for statement in statements:
                try:
                    connection.execute(statement)
                except psycopg.Error as exc:
                    sys.exit(f"{statement}: {exc} (the role needs CREATEDB, see bench/pg_up.sh)")

    def stored(self, session_ids: list[str]) -> dict[str, dict[str, object]]:
        """What the database holds for these sessions: {session id: {item or task key: value}}."""
        done = subprocess.run(
            [PYTHON, __file__, "stored"],
            input=json.dumps(session_ids),
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=self.env,
            check=True,
        )
        return json.loads(done.stdout)


def _print_stored() -> None:
    import django

    sys.path.insert(0, str(ROOT))
    django.setup()
    from innospark.diagnostic.models import Answer
    from innospark.diagnostic.task_models import TaskResponse

    ids = json.load(sys.stdin)
    held: dict[str, dict[str, object]] = defaultdict(dict)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        answers = Answer.objects.filter(session_id__in=chunk)
        for session, key, value in answers.values_list("session_id", "item__key", "value"):
            held[str(session)][key] = value
        tasks = TaskResponse.objects.filter(session_id__in=chunk, skipped=False)
        for session, key, value in tasks.values_list("session_id", "key", "value"):
            held[str(session)][key] = value
    json.dump(held, sys.stdout)


# The server -------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """gunicorn in its own process group, so `kill9()` takes the master and every worker."""

    def __init__(
        self, database: Database, port: int | None = None, workers=WORKERS, threads=THREADS
    ):
        self.env = database.env
        self.workers, self.threads = workers, threads
        self.port = port or free_port()
        self.log_path = os.path.join(tempfile.gettempdir(), f"innospark-gunicorn-{self.port}.log")
        self.process: subprocess.Popen | None = None

    def start(self) -> "Server":
        log = open(self.log_path, "ab")  # noqa: SIM115 (kept open for the child)
        self.process = subprocess.Popen(
            [
                GUNICORN,
                "innospark.wsgi",
                f"--bind=127.0.0.1:{self.port}",
                f"--workers={self.workers}",
                "--worker-class=gthread" if self.threads > 1 else "--worker-class=sync",
                f"--threads={self.threads}",
                "--keep-alive=10",  # longer than any think time, so idle connections stay open
                "--log-level=warning",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited; see {self.log_path}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/healthz", timeout=2):
                    return self
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"gunicorn did not answer /healthz within 60 s; see {self.log_path}")

    def kill9(self) -> None:
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def stop(self) -> None:
        """Stop gunicorn and delete its log (kept when it fails to start)."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill9()
        Path(self.log_path).unlink(missing_ok=True)


def _processes():
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(entry.path, "stat").read_text().rsplit(")", 1)[1].split()
                cmdline = Path(entry.path, "cmdline").read_bytes().replace(b"\0", b" ")
            except OSError:  # gone meanwhile
                continue
            yield int(stat[2]), cmdline.decode(errors="replace"), int(stat[11]) + int(stat[12])


class CpuMeter:
    """CPU seconds used so far by gunicorn (its process group), by PostgreSQL's server processes
    for the benchmark database, and by this process: per-request costs that hold even when
    other work shares the machine (Linux /proc)."""

    def __init__(self, server: Server, database: Database):
        self.pgid = server.process.pid
        self.db_name = (
            urlsplit(database.url).path.lstrip("/") if database.kind == "postgres" else None
        )

    def sample(self) -> tuple[float, float, float]:
        tick = os.sysconf("SC_CLK_TCK")
        server = db = 0
        for pgrp, cmdline, ticks in _processes():
            if pgrp == self.pgid:
                server += ticks
            elif (
                self.db_name and cmdline.startswith("postgres:") and f" {self.db_name} " in cmdline
            ):
                db += ticks
        return server / tick, db / tick, time.process_time()


# HTTP -------------------------------------------------------------------------------------


@dataclass
class Response:
    status: int
    body: bytes

    def json(self):
        return json.loads(self.body)


class Connection:
    """One persistent HTTP/1.1 connection to 127.0.0.1, enough for a JSON API."""

    def __init__(self, port: int, timeout: float = 30.0):
        self.port, self.timeout = port, timeout
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def request(self, method: str, path: str, payload=None, token=None) -> Response:
        body = b"" if payload is None else json.dumps(payload).encode()
        head = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: {len(body)}\r\n"
        if payload is not None:
            head += "Content-Type: application/json\r\n"
        if token:
            head += f"Authorization: Bearer {token}\r\n"
        data = head.encode() + b"\r\n" + body
        reused = self.writer is not None
        try:
            try:
                return await asyncio.wait_for(self._exchange(data), self.timeout)
            except asyncio.IncompleteReadError as exc:
                # The server closed an idle kept-alive connection before reading the request:
                # it was never processed, so sending it again on a new connection is safe.
                if not (reused and not exc.partial):
                    raise
                self.close()
                return await asyncio.wait_for(self._exchange(data), self.timeout)
        except BaseException:
            self.close()
            raise

    async def _exchange(self, data: bytes) -> Response:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        self.writer.write(data)
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = {}
        for line in lines[1:]:
            if ":" in line:
                name, value = line.split(":", 1)
                headers[name.strip().lower()] = value.strip()
        if "content-length" in headers:
            body = await self.reader.readexactly(int(headers["content-length"]))
        elif headers.get("transfer-encoding") == "chunked":
            body = await self._chunked()
        else:
            body = await self.reader.read()
            headers["connection"] = "close"
        if headers.get("connection", "").lower() == "close":
            self.close()
        return Response(status, body)

    async def _chunked(self) -> bytes:
        parts = []
        while size := int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16):
            parts.append(await self.reader.readexactly(size))
            await self.reader.readexactly(2)
        await self.reader.readuntil(b"\r\n")
        return b"".join(parts)

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


# Simulated test-takers ------------------------------------------------------------------------


@dataclass
class Record:
    """Latencies (ms) per kind of call, errors, and what the server acknowledged."""

    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: Counter = field(default_factory=Counter)
    acked: dict[str, dict[str, object]] = field(default_factory=lambda: defaultdict(dict))
    resume_codes: dict[str, str] = field(default_factory=dict)

    @property
    def error_count(self) -> int:
        return sum(self.errors.values())

    def all_latencies(self) -> list[float]:
        return [ms for values in self.latencies.values() for ms in values]

    def acked_count(self) -> int:
        return sum(len(answers) for answers in self.acked.values())


async def call(conn, record, kind, method, path, payload=None, token=None, ok=(200,)):
    """One timed request; failures (status outside `ok`, lost connection, timeout) count as
    errors of that kind and return None."""
    start = time.perf_counter()
    try:
        response = await conn.request(method, path, payload, token)
    except (TimeoutError, OSError, asyncio.IncompleteReadError) as exc:
        record.errors[f"{kind}: {type(exc).__name__}"] += 1
        return None
    record.latencies[kind].append((time.perf_counter() - start) * 1000)
    if response.status not in ok:
        record.errors[f"{kind}: HTTP {response.status}"] += 1
        return None
    return response


def page_answers(page: dict, rng: random.Random) -> tuple[dict, dict]:
    """The request body for one page and the answers it carries: statements get 1 to 5, the
    missing-word problems a word; the unusual-uses pages are skipped (their scoring loads the
    sentence encoders, which is not what this benchmark is about)."""
    items = page["items"]
    if any(item["type"] == "aut" for item in items):
        return {"skip": True}, {}
    answers = {
        item["id"]: rng.randint(1, 5) if item["type"] == "likert" else rng.choice(["sun", "x"])
        for item in items
    }
    return {"answers": [{"item": k, "value": v} for k, v in answers.items()]}, answers


async def take_test(conn, record, rng, *, think, stop: asyncio.Event) -> None:
    """Start a test and walk it page by page (think time before each submit), then finish."""
    language = rng.choice(LANGUAGES)
    started = await call(
        conn, record, "start", "POST", f"{API}/sessions", {"language": language}, ok=(201,)
    )
    if started is None:
        await asyncio.sleep(rng.uniform(*think))
        return
    session = started.json()
    sid, token = session["id"], session["token"]
    record.resume_codes[sid] = session["resume_code"]
    while not stop.is_set():
        got = await call(conn, record, "page", "GET", f"{API}/sessions/{sid}/page", token=token)
        if got is None:
            await asyncio.sleep(rng.uniform(*think))
            continue
        page = got.json()
        if page["done"]:
            await call(conn, record, "finish", "POST", f"{API}/sessions/{sid}/finish", token=token)
            return
        await asyncio.sleep(rng.uniform(*think))
        payload, answers = page_answers(page, rng)
        if await call(
            conn, record, "answers", "POST", f"{API}/sessions/{sid}/answers", payload, token
        ):
            record.acked[sid].update(answers)


async def test_takers(
    port: int, users: int, seconds: float, think, record, *, seed=1, stop=None
) -> None:
    """`users` simulated people, each taking test after test for `seconds` (or until `stop`
    is set); each finishes the request it is making."""
    stop = stop or asyncio.Event()
    asyncio.get_running_loop().call_later(seconds, stop.set)

    async def person(index: int) -> None:
        rng = random.Random(seed * 100_003 + index)
        await asyncio.sleep(rng.uniform(0, think[1]))  # arrive spread out, not all at once
        conn = Connection(port)
        try:
            while not stop.is_set():
                await take_test(conn, record, rng, think=think, stop=stop)
        finally:
            conn.close()

    await asyncio.gather(*(person(i) for i in range(users)))


# Figures ----------------------------------------------------------------------------------


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[round(q) - 1]


def lost_answers(record: Record, stored: dict[str, dict[str, object]]) -> int:
    """Answers acknowledged with a 2xx that the database does not hold with the same value."""
    return sum(
        1
        for sid, answers in record.acked.items()
        for key, value in answers.items()
        if stored.get(sid, {}).get(key) != value
    )


def describe(record: Record) -> str:
    parts = []
    for kind, values in sorted(record.latencies.items()):
        parts.append(
            f"{kind} n={len(values)} p50={percentile(values, 50):.0f} p95={percentile(values, 95):.0f}"
        )
    return "; ".join(parts)


if __name__ == "__main__" and sys.argv[1:] == ["stored"]:
    _print_stored()
