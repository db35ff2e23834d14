"""`make bench-load`: the diagnostic API under load, served by gunicorn (see harness.WORKERS).

PostgreSQL: saturated throughput (closed loop, no think time, the same number of connections)
of the bare /healthz view and of answer saving, in the same run on the same gunicorn; then
USERS simulated test-takers walking the test with a think time before each page is submitted.
Targets: answer saving >= 0.5 x the bare view, p95 < 100 ms at 50 users, no errors, no lost
answer. SQLite: the same walk at rising numbers of users until errors or lost answers appear;
20 users must hold with none. An error is a status other than the expected one, a dropped
connection or no reply within 30 s; a lost answer was acknowledged with a 2xx but is not in the
database with that value afterwards. Prints the figures, then one summary line; exits 1 when a
target is missed.

Usage: .venv/bin/python bench/load.py [--db both|postgres|sqlite] [--pg-url URL] [--help]
"""

import argparse
import asyncio
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import (  # noqa: E402
    API,
    DEFAULT_PG_URL,
    THREADS,
    WORKERS,
    Connection,
    CpuMeter,
    Database,
    Record,
    Server,
    call,
    describe,
    lost_answers,
    percentile,
    test_takers,
)

RATIO_TARGET, P95_TARGET_MS, USERS = 0.5, 100.0, 50
SQLITE_HOLD = 20
# Think time before each page is submitted, uniform in this range. People take 30 s or more to
# read and answer ten statements; 0.5 to 1.5 s is tens of times harsher than that, so 50 such
# users stand for well over a thousand real ones taking the test at the same moment.
THINK = (0.5, 1.5)


async def statement_pages(port: int) -> list[list[str]]:
    """The statement ids of each page, learnt by walking one session through them."""
    conn, record = Connection(port), Record()
    started = await call(
        conn, record, "start", "POST", f"{API}/sessions", {"language": "en"}, ok=(201,)
    )
    sid, token = started.json()["id"], started.json()["token"]
    pages = []
    while True:
        page = (await conn.request("GET", f"{API}/sessions/{sid}/page", token=token)).json()
        keys = [item["id"] for item in page.get("items", []) if item["type"] == "likert"]
        if page["done"] or not keys:
            break
        pages.append(keys)
        answers = [{"item": key, "value": 3} for key in keys]
        await conn.request("POST", f"{API}/sessions/{sid}/answers", {"answers": answers}, token)
    conn.close()
    return pages


async def new_sessions(port: int, count: int) -> list[tuple[str, str]]:
    conn, sessions = Connection(port), []
    for _ in range(count):
        got = (await conn.request("POST", f"{API}/sessions", {"language": "en"})).json()
        sessions.append((got["id"], got["token"]))
    conn.close()
    return sessions


async def closed_loop(port: int, seconds: float, record: Record, sessions=None, pages=None):
    """One connection per session (or `len(sessions)` connections to /healthz when `pages` is
    None) sending requests back to back; returns (successful requests, elapsed seconds)."""
    done = 0
    until = time.monotonic() + seconds

    async def client(index: int) -> None:
        nonlocal done
        conn, rng = Connection(port), random.Random(index)
        sid, token = sessions[index]
        turn = index
        while time.monotonic() < until:
            if pages is None:
                ok = await call(conn, record, "healthz", "GET", "/healthz")
            else:
                turn += 1
                given = {key: rng.randint(1, 5) for key in pages[turn % len(pages)]}
                body = {"answers": [{"item": k, "value": v} for k, v in given.items()]}
                url = f"{API}/sessions/{sid}/answers"
                ok = await call(conn, record, "answers", "POST", url, body, token)
                if ok:
                    record.acked[sid].update(given)
            done += 1 if ok else 0
        conn.close()

    start = time.monotonic()
    await asyncio.gather(*(client(i) for i in range(len(sessions))))
    return done, time.monotonic() - start


async def saturated(port: int, meter: CpuMeter, seconds: float, rounds: int, records: dict):
    """Requests per second of /healthz ("bare") and of answer saving ("saving"), and CPU ms
    per request (gunicorn, PostgreSQL, load generator); the two alternate in `rounds` slices so
    that anything else running on the machine weighs on both alike."""
    pages = await statement_pages(port)
    sessions = await new_sessions(port, USERS)
    await closed_loop(port, 2, Record(), sessions)  # warm up both paths
    await closed_loop(port, 2, Record(), sessions, pages)
    done = dict.fromkeys(records, 0)
    elapsed = dict.fromkeys(records, 0.0)
    cpu = {name: [0.0, 0.0, 0.0] for name in records}
    for _ in range(rounds):
        for name, with_pages in (("bare", None), ("saving", pages)):
            before = meter.sample()
            n, t = await closed_loop(port, seconds / rounds, records[name], sessions, with_pages)
            after = meter.sample()
            done[name] += n
            elapsed[name] += t
            cpu[name] = [
                total + b - a for total, a, b in zip(cpu[name], before, after, strict=True)
            ]
    return {
        name: (done[name] / elapsed[name], [1000 * c / max(done[name], 1) for c in cpu[name]])
        for name in records
    }


def check_stored(database: Database, *records: Record) -> int:
    ids = sorted({sid for record in records for sid in record.acked})
    stored = database.stored(ids)
    return sum(lost_answers(record, stored) for record in records)


def postgres_part(args) -> tuple[bool, str]:
    print(f"== PostgreSQL: gunicorn {args.workers} workers x {args.threads} threads ==")
    database = Database("postgres", args.pg_url).create()
    server = Server(database, workers=args.workers, threads=args.threads).start()
    try:
        port, seconds = server.port, args.seconds
        bare_record, save_record, walk = Record(), Record(), Record()
        records = {"bare": bare_record, "saving": save_record}
        meter = CpuMeter(server, database)
        results = asyncio.run(saturated(port, meter, seconds, args.rounds, records))
        (bare, bare_cpu), (saving, saving_cpu) = results["bare"], results["saving"]
        ratio = saving / bare
        print(
            f"closed loop, {USERS} connections, no think time, {seconds:.0f} s each "
            f"in {args.rounds} alternating slices (latency ms; CPU ms per request: "
            "gunicorn + PostgreSQL + load generator):"
        )
        for label, rate, record, used in (
            ("bare view /healthz", bare, bare_record, bare_cpu),
            ("answer saving (10)", saving, save_record, saving_cpu),
        ):
            print(
                f"  {label}  {rate:6.0f} req/s  {describe(record)}  "
                f"CPU {' + '.join(f'{c:.2f}' for c in used)} = {sum(used):.1f}"
            )
        print(
            f"  ratio {ratio:.2f} (target >= {RATIO_TARGET}); by CPU per request "
            f"{sum(bare_cpu) / sum(saving_cpu):.2f}"
        )
        before = meter.sample()
        asyncio.run(test_takers(port, USERS, args.walk_seconds, THINK, walk))
        used = [b - a for a, b in zip(before, meter.sample(), strict=True)]
        latencies = walk.all_latencies()
        p50, p95 = percentile(latencies, 50), percentile(latencies, 95)
        print(
            f"{USERS} test-takers, think {THINK[0]}-{THINK[1]} s before each submit, "
            f"{args.walk_seconds:.0f} s: {len(latencies)} requests "
            f"({len(latencies) / args.walk_seconds:.0f}/s), {walk.acked_count()} answers saved"
        )
        print(f"  all calls p50 {p50:.0f} ms, p95 {p95:.0f} ms (target < {P95_TARGET_MS:.0f})")
        print(
            f"  CPU used {sum(used) / args.walk_seconds:.2f} cores of 2 "
            f"({1000 * sum(used) / max(len(latencies), 1):.1f} ms per request)"
        )
        print(f"  per call (ms): {describe(walk)}")
        lost = check_stored(database, save_record, walk)
        errors = bare_record.error_count + save_record.error_count + walk.error_count
        print(f"  errors {errors} {dict(bare_record.errors + save_record.errors + walk.errors)}")
        print(f"  acknowledged answers not in the database: {lost}")
    finally:
        server.stop()
        database.drop()
    ok = ratio >= RATIO_TARGET and p95 < P95_TARGET_MS and errors == 0 and lost == 0
    return (
        ok,
        f"PG ratio {ratio:.2f}, p95 {p95:.0f} ms at {USERS} users, {errors} errors, {lost} lost",
    )


def sqlite_part(args) -> tuple[bool, str]:
    print(
        f"== SQLite (WAL): gunicorn {args.workers} workers x {args.threads} threads, same walk =="
    )
    database = Database("sqlite").create()
    server = Server(database, workers=args.workers, threads=args.threads).start()
    levels = sorted(set(args.levels) | {SQLITE_HOLD})
    first_failing, held, first_slow = None, None, None
    try:
        for users in levels:
            record = Record()
            asyncio.run(
                test_takers(server.port, users, args.level_seconds, THINK, record, seed=users)
            )
            lost = check_stored(database, record)
            latencies = record.all_latencies()
            failed = record.error_count > 0 or lost > 0
            print(
                f"  {users:4d} users: {len(latencies) / args.level_seconds:5.0f} req/s, "
                f"p50 {percentile(latencies, 50):5.0f} ms, p95 {percentile(latencies, 95):6.0f} ms, "
                f"{record.error_count} errors, {lost} lost of {record.acked_count()} answers"
                + (f"  {dict(record.errors)}" if record.errors else "")
            )
            if users == SQLITE_HOLD:
                held = not failed
            if first_slow is None and percentile(latencies, 95) >= P95_TARGET_MS:
                first_slow = users
            if failed and first_failing is None:
                first_failing = users
            if first_failing is not None and users >= SQLITE_HOLD:
                break
    finally:
        server.stop()
        database.drop()
    failing = f"fails from {first_failing} users" if first_failing else f"none up to {users}"
    print(f"  first failing level: {failing}; {SQLITE_HOLD} users hold: {'yes' if held else 'NO'}")
    print(f"  first level with p95 >= {P95_TARGET_MS:.0f} ms: {first_slow or 'none'}")
    return bool(held), f"SQLite {failing}, {SQLITE_HOLD} users {'hold' if held else 'FAIL'}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", choices=["both", "postgres", "sqlite"], default="both")
    parser.add_argument("--pg-url", default=DEFAULT_PG_URL)
    parser.add_argument("--seconds", type=float, default=20, help="each closed-loop kind")
    parser.add_argument("--workers", type=int, default=WORKERS)
    parser.add_argument("--threads", type=int, default=THREADS, help="1: sync workers")
    parser.add_argument("--rounds", type=int, default=5, help="alternating closed-loop slices")
    parser.add_argument("--walk-seconds", type=float, default=45)
    parser.add_argument("--level-seconds", type=float, default=20)
    parser.add_argument(
        "--levels",
        type=lambda s: [int(x) for x in s.split(",")],
        default=[10, 20, 30, 50, 75, 100, 150, 200, 300, 400, 600, 800],
    )
    args = parser.parse_args()
    results = []
    if args.db in ("both", "postgres"):
        results.append(postgres_part(args))
    if args.db in ("both", "sqlite"):
        results.append(sqlite_part(args))
    ok = all(passed for passed, _ in results)
    print(f"bench-load {'OK' if ok else 'FAILED'}: " + "; ".join(line for _, line in results))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
