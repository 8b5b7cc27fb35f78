#!/usr/bin/env python3
"""Slow-body attack and health watch for bench/slow-clients.sh (issue 14); loopback only.

Opens CONNECTIONS connections to POST /api/v1/attributions that each declare a body of
--declared bytes and then send it one byte every --interval seconds (each byte keeps the
connection from being idle). A connection the service answers or closes (408 at its body
deadline) is opened again, so that CONNECTIONS stay open for the whole run. Meanwhile
/q/health/ready and /q/health/live are polled every --poll seconds.

  slow-clients.py --url http://127.0.0.1:PORT --connections 1000 --seconds 60 \
      --ready-file /tmp/ready --out summary.json

Once CONNECTIONS are open (or after --ramp seconds) it creates --ready-file, runs --seconds
more, and writes a JSON summary: connections opened, replies by status, the health probes'
count, failures and latency. With --connections 0 it only watches health.
"""
import argparse
import asyncio
import json
import time
from urllib.parse import urlparse


class Stats:
    def __init__(self):
        self.open = 0
        self.peak_open = 0
        self.opened = 0
        self.connect_errors = 0
        self.replies = {}
        self.closed_without_reply = 0
        self.health = {"ready": [], "live": []}  # (latency_ms, ok, status)


async def slow_client(host, port, path, declared, interval, stats, stop):
    head = (f"POST {path} HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {declared}\r\n\r\n").encode("ascii")
    while not stop.is_set():
        try:
            reader, writer = await asyncio.open_connection(host, port)
        except OSError:
            stats.connect_errors += 1
            await asyncio.sleep(0.5)
            continue
        stats.opened += 1
        stats.open += 1
        stats.peak_open = max(stats.peak_open, stats.open)
        try:
            writer.write(head + b"{")
            await writer.drain()
            reply = asyncio.ensure_future(reader.read(256))
            sent = 1
            while not stop.is_set() and sent < declared:
                done, _ = await asyncio.wait({reply}, timeout=interval)
                if done:
                    break
                writer.write(b" ")
                await writer.drain()
                sent += 1
            if reply.done():
                data = reply.result()
                if data.startswith(b"HTTP/1.1 "):
                    status = data[9:12].decode("ascii", "replace")
                    stats.replies[status] = stats.replies.get(status, 0) + 1
                else:
                    stats.closed_without_reply += 1
            else:
                reply.cancel()
        except (OSError, asyncio.IncompleteReadError):
            stats.closed_without_reply += 1
        finally:
            stats.open -= 1
            writer.close()
            try:
                await writer.wait_closed()
            except OSError:
                pass


async def probe(host, port, path, timeout):
    """One GET; returns (latency ms, HTTP status or None)."""
    t0 = time.monotonic()
    try:
        reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), timeout)
        try:
            writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: close\r\n\r\n".encode("ascii"))
            data = await asyncio.wait_for(reader.read(), timeout)
        finally:
            writer.close()
        status = int(data[9:12]) if data.startswith(b"HTTP/1.1 ") else None
    except (OSError, asyncio.TimeoutError, ValueError):
        status = None
    return (time.monotonic() - t0) * 1000, status


async def watch_health(host, port, every, timeout, stats, stop):
    while not stop.is_set():
        for name in ("ready", "live"):
            ms, status = await probe(host, port, f"/q/health/{name}", timeout)
            stats.health[name].append((ms, status == 200, status))
        try:
            await asyncio.wait_for(stop.wait(), every)
        except asyncio.TimeoutError:
            pass


async def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--url", required=True, help="base URL of the service, http://127.0.0.1:PORT")
    ap.add_argument("--connections", type=int, default=1000)
    ap.add_argument("--seconds", type=float, default=60, help="how long to run once the connections are open")
    ap.add_argument("--declared", type=int, default=100_000, help="Content-Length each slow client declares")
    ap.add_argument("--interval", type=float, default=2.0, help="seconds between two bytes of one slow body")
    ap.add_argument("--ramp", type=float, default=60, help="longest wait for the connections to open")
    ap.add_argument("--poll", type=float, default=0.5, help="seconds between two health probes")
    ap.add_argument("--probe-timeout", type=float, default=5.0, help="a probe without an answer by then fails")
    ap.add_argument("--ready-file")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    url = urlparse(args.url)
    if url.hostname not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit("slow-clients.py: loopback only")
    host, port = url.hostname, url.port

    stats, stop = Stats(), asyncio.Event()
    tasks = [asyncio.ensure_future(watch_health(host, port, args.poll, args.probe_timeout, stats, stop))]
    t0 = time.monotonic()
    for i in range(args.connections):
        tasks.append(asyncio.ensure_future(
            slow_client(host, port, "/api/v1/attributions", args.declared, args.interval, stats, stop)))
        if i % 50 == 49:
            await asyncio.sleep(0.05)  # let the connects go out in waves rather than one burst
    while stats.open < args.connections and time.monotonic() - t0 < args.ramp:
        await asyncio.sleep(0.1)
    ramp = time.monotonic() - t0
    open_at_start = stats.open
    if args.ready_file:
        open(args.ready_file, "w").close()
    await asyncio.sleep(args.seconds)
    open_at_end = stats.open
    stop.set()
    await asyncio.wait(tasks, timeout=args.interval + args.probe_timeout + 5)

    def summary(samples):
        lat = sorted(ms for ms, _, _ in samples)
        fails = [s for _, ok, s in samples if not ok]
        return {"probes": len(samples), "failures": len(fails), "failure_statuses": sorted(set(map(str, fails))),
                "p50_ms": round(lat[len(lat) // 2], 1) if lat else None,
                "p99_ms": round(lat[min(len(lat) - 1, int(len(lat) * 0.99))], 1) if lat else None,
                "max_ms": round(lat[-1], 1) if lat else None}

    result = {"connections": args.connections, "ramp_s": round(ramp, 1), "open_at_start": open_at_start,
              "open_at_end": open_at_end, "peak_open": stats.peak_open, "opened": stats.opened,
              "connect_errors": stats.connect_errors, "replies": stats.replies,
              "closed_without_reply": stats.closed_without_reply,
              "ready": summary(stats.health["ready"]), "live": summary(stats.health["live"])}
    with open(args.out, "w") as f:
        json.dump(result, f, indent=1)
    print(json.dumps(result))


if __name__ == "__main__":
    asyncio.run(main())
