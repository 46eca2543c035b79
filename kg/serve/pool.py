"""A fixed set of query workers shared by the server's requests."""

from __future__ import annotations

import asyncio

from kg.sparql import Job, QueryOutput, QueryWorker


class WorkerPool:
    """`size` sandboxed worker processes; a request waits for an idle one. A worker that
    overran its timeout was killed and starts again on its next job."""

    def __init__(self, size: int) -> None:
        self._workers = [QueryWorker() for _ in range(size)]
        self._idle: asyncio.Queue[QueryWorker] | None = None

    def start(self) -> None:
        """Starts every worker now, in parallel, so the first requests do not wait: launched
        from this thread, which lives as long as the server (`QueryWorker.launch`), then
        waited for."""
        for worker in self._workers:
            worker.launch()
        for worker in self._workers:
            worker.wait_ready()

    async def run(self, job: Job, timeout: float) -> QueryOutput:
        if self._idle is None:  # created inside the server's event loop
            self._idle = asyncio.Queue()
            for worker in self._workers:
                self._idle.put_nowait(worker)
        worker = await self._idle.get()
        try:
            return await asyncio.to_thread(worker.run, job, timeout)
        finally:
            self._idle.put_nowait(worker)

    def close(self) -> None:
        for worker in self._workers:
            worker.close()
