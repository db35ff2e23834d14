"""`make test-crash`: kill -9 the server in the middle of a load; nothing acknowledged is lost.

For each database: gunicorn in its own process group, USERS simulated test-takers walking the
diagnostic API; after KILL_AFTER seconds the whole group (master and workers) gets SIGKILL;
gunicorn starts again on the same database. Then every answer acknowledged with a 2xx must be
in the database with the value sent, and every session must resume: POST /resume with its code
gives 200 and the page endpoint works with the new token. Prints acknowledged against stored
answers, then one summary line; exits 1 on any lost answer or session that does not resume.

Usage: .venv/bin/python bench/crash.py [--db both|postgres|sqlite] [--pg-url URL]
"""

import argparse
import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import (  # noqa: E402
    API,
    DEFAULT_PG_URL,
    Connection,
    Database,
    Record,
    Server,
    lost_answers,
    test_takers,
)

USERS = 50
KILL_AFTER = 8.0  # seconds of load before the kill: every user is mid-test by then
# Shorter than bench-load's think time, so that many answers are in flight at the kill.
THINK = (0.2, 0.6)


async def load_then_kill(server: Server, record: Record) -> int:
    """Run the users, SIGKILL the server group mid-load; returns requests cut off by the kill."""
    stop = asyncio.Event()
    users = asyncio.create_task(
        test_takers(server.port, USERS, KILL_AFTER + 60, THINK, record, stop=stop)
    )
    await asyncio.sleep(KILL_AFTER)
    errors_before = record.error_count
    server.kill9()
    stop.set()  # each user ends after the request it is making, which now fails
    await users
    return record.error_count - errors_before


async def resume_all(port: int, codes: dict[str, str]) -> list[str]:
    """Sessions that fail to resume by code, or whose page does not load with the new token."""
    failed = []
    conn = Connection(port)
    for sid, code in codes.items():
        resumed = await conn.request("POST", f"{API}/resume", {"code": code})
        if resumed.status != 200 or resumed.json()["id"] != sid:
            failed.append(sid)
            continue
        token = resumed.json()["token"]
        page = await conn.request("GET", f"{API}/sessions/{sid}/page", token=token)
        if page.status != 200:
            failed.append(sid)
    conn.close()
    return failed


def crash(kind: str, pg_url: str) -> tuple[bool, str]:
    database = Database(kind, pg_url).create()
    server = Server(database).start()
    record = Record()
    try:
        cut_off = asyncio.run(load_then_kill(server, record))
        print(
            f"== {database.label}: {USERS} users, kill -9 of gunicorn after {KILL_AFTER:.0f} s =="
        )
        print(f"  requests that failed with the kill: {cut_off} {dict(record.errors)}")
        server = Server(database, port=server.port).start()
        stored = database.stored(sorted(record.acked))
        acked = record.acked_count()
        lost = lost_answers(record, stored)
        held = sum(len(answers) for answers in stored.values())
        failed = asyncio.run(resume_all(server.port, record.resume_codes))
    finally:
        server.stop()
        database.drop()
    print(f"  answers acknowledged {acked}, stored with the same value {acked - lost}, lost {lost}")
    if held > acked:
        print(
            f"  ({held - acked} more are stored: sent just before the kill, saved, never answered)"
        )
    sessions = len(record.resume_codes)
    print(f"  sessions {sessions}, resumed with their page {sessions - len(failed)}")
    ok = acked > 0 and lost == 0 and not failed
    label = "SQLite" if kind == "sqlite" else "PG"
    return ok, f"{label} {acked - lost}/{acked} stored, {sessions - len(failed)}/{sessions} resume"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", choices=["both", "postgres", "sqlite"], default="both")
    parser.add_argument("--pg-url", default=DEFAULT_PG_URL)
    args = parser.parse_args()
    kinds = ["sqlite", "postgres"] if args.db == "both" else [args.db]
    results = [crash(kind, args.pg_url) for kind in kinds]
    ok = all(passed for passed, _ in results)
    print(f"test-crash {'OK' if ok else 'FAILED'}: " + "; ".join(line for _, line in results))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
