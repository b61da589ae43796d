"""Where a distributed ingest runs: a local Dask cluster of worker processes, or an existing one.

Dask is imported here on first use only, so commands that run in one process never pay for it.
A scheduler that cannot be reached, or a cluster that cannot start, is one `ParleyError`.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from parley.errors import ParleyError

#: Memory each local worker may use before Dask's nanny pauses it (80%) and restarts it (95%).
#: A worker holds one spaCy model (a few hundred MB) and a batch of articles.
WORKER_MEMORY_LIMIT = "1GiB"

#: Seconds to wait for a scheduler, or for a local cluster's workers, before giving up.
CONNECT_TIMEOUT = 30


def _reason(error: BaseException) -> str:
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return lines[0] if lines else type(error).__name__


@contextmanager
def cluster_client(workers: int | None = None, scheduler: str | None = None) -> Iterator[Any]:
    """A `dask.distributed.Client`: to `scheduler` (tcp://HOST:PORT) when given, else to a
    new local cluster of `workers` processes with one thread each, closed on exit."""
    if (workers is None) == (scheduler is None):
        raise ParleyError("give the number of local workers or a scheduler address, not both")
    if workers is not None and workers < 1:
        raise ParleyError(f"--workers must be at least 1, not {workers}")
    from distributed import Client, LocalCluster

    if scheduler is not None:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as error:
            raise ParleyError(f"cannot reach the Dask scheduler {scheduler}: "
                              f"{_reason(error)}") from None
        with client:
            yield client
        return
    try:
        with _workers_ignore_interrupts():
            cluster = LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                dashboard_address=None, memory_limit=WORKER_MEMORY_LIMIT,
                silence_logs=logging.ERROR,
                # no dashboard; the scheduler's health routes on a free loopback port, so two
                # clusters (or another program on 8787) never collide
                scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
            )
    except (OSError, TimeoutError, RuntimeError) as error:
        raise ParleyError(f"cannot start a local Dask cluster: {_reason(error)}") from None
    with cluster, Client(cluster, timeout=CONNECT_TIMEOUT) as client:
        yield client


@contextmanager
def _workers_ignore_interrupts() -> Iterator[None]:
    """Ctrl-C is the driver's to handle: worker processes started meanwhile inherit an ignored
    SIGINT (Python then installs no KeyboardInterrupt handler), so an interrupt does not print
    a traceback from every worker; the driver closes the cluster instead."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def worker_count(client: Any) -> int:
    """How many workers the client's cluster has now (at least 1, to size the queue)."""
    return max(1, len(client.scheduler_info().get("workers", {})))
