"""Work for the second core: a forked helper process computes a list of results in order while
this process does something else, and hands them over one at a time.

A cold load at 2,000 files spends its time in one process: parsing YAML (3.5 s), building
models, checking rules, building rows and writing them. Two parts are pure work that needs
nothing but what the process already holds, so a helper can take them: parsing every other
batch of files (`parse_files`), and building the rows of the search index once the
jurisdictions are known (`Background`, used by `load.py`). It pays only with a second core and
enough work, so on one core, with threads running, or off Linux, everything is done here.

The helper is forked, so it starts with everything this process holds and nothing is sent to
it. It sends back plain data in `marshal` form (eight times faster to write than a pickle)
through a pipe, one result at a time, so it never runs far ahead and its results never pile up
in memory. It holds no end of the pipe it does not use: when this process dies (a killed load),
its next write fails and it exits, never left behind. If the helper fails in any way, the
results it did not send are computed here, and the outcome is the same.
"""

from __future__ import annotations

import marshal
import multiprocessing
import os
import pickle
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any, TypeVar

from lawtrack.datafiles.problems import Problem
from lawtrack.datafiles.read import YamlDoc, read_yaml

MIN_FILES = 200  # below this, starting a helper costs more than it saves
BATCH = 20  # files per batch: small enough to keep both processes busy to the end

Parsed = YamlDoc | Problem
Item = TypeVar("Item")


def worth_a_helper(amount: int) -> bool:
    """Whether `amount` files (or jurisdictions) are worth a helper here.

    Forking is safe on Linux in a process with a single thread (never on macOS, never with
    threads that may hold a lock the child would wait on forever).
    """
    if amount < MIN_FILES or sys.platform != "linux" or threading.active_count() > 1:
        return False
    return len(os.sched_getaffinity(0)) > 1


class Background(Iterator[Any]):
    """`work(item)` for each item, in order: from a helper when `helper`, else computed here.

    The helper starts at once. Each result must be plain data that `marshal` can write (str,
    int, float, bool, None, bytes, and lists, tuples and dicts of them). Close it (or use it
    in a `with`) to wait for the helper.
    """

    def __init__(self, work: Callable[[Item], Any], items: Sequence[Item], *, helper: bool) -> None:
        self.work, self.items, self.next = work, items, 0
        self.helper = _Helper.start(_results, work, items) if helper else None

    def __next__(self) -> Any:
        if self.next >= len(self.items):
            self.close()
            raise StopIteration
        item = self.items[self.next]
        self.next += 1
        found = self.helper.receive() if self.helper is not None else None
        if found is None:
            self.close()  # failed: the rest is computed here
            return self.work(item)
        return found[0]

    def close(self) -> None:
        if self.helper is not None:
            self.helper.stop()
            self.helper = None

    def __enter__(self) -> Background:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def parse_files(root: Path, paths: list[Path]) -> Iterator[tuple[Path, Parsed]]:
    """Each path with its parsed file (or its problem), in the order given: every other batch
    parsed by a helper when there are enough. An even share ends soonest, measured: this
    process also builds each file's model, but the helper pays for sending its data."""
    batches = [paths[start : start + BATCH] for start in range(0, len(paths), BATCH)]
    with Background(_parse_batch(root), batches[1::2], helper=worth_a_helper(len(paths))) as theirs:
        for number, batch in enumerate(batches):
            if number % 2:
                sent = next(theirs)
                results = [_unpacked(path, item) for path, item in zip(batch, sent, strict=True)]
            else:
                results = [read_yaml(path, root=root) for path in batch]
            yield from zip(batch, results, strict=True)


def _parse_batch(root: Path) -> Callable[[list[Path]], list[tuple[Any, ...]]]:
    def parse(batch: list[Path]) -> list[tuple[Any, ...]]:
        return [_packed(read_yaml(path, root=root)) for path in batch]

    return parse


def _packed(result: Parsed) -> tuple[Any, ...]:
    """A parsed file as marshal can write it (the text stays behind: it is on disk)."""
    if isinstance(result, YamlDoc):
        return ("doc", result.data, result.sha256)
    return ("problem", pickle.dumps(result))


def _unpacked(path: Path, packed: tuple[Any, ...]) -> Parsed:
    if packed[0] == "doc":
        return YamlDoc(path=path, data=packed[1], sha256=packed[2])
    problem: Problem = pickle.loads(packed[1])
    return problem


class _Helper:
    """A forked process and the reading end of its pipe."""

    def __init__(self, reader: Connection, process: BaseProcess) -> None:
        self.reader, self.process = reader, process

    @classmethod
    def start(cls, target: Callable[..., None], *args: Any) -> _Helper | None:
        reader, writer = multiprocessing.Pipe(duplex=False)
        try:
            process = multiprocessing.get_context("fork").Process(
                target=target, args=(*args, reader, writer), daemon=True
            )
            process.start()
        except OSError:
            reader.close()
            writer.close()
            return None
        writer.close()  # only the helper writes: its death then ends our reads (EOFError)
        return cls(reader, process)

    def receive(self) -> tuple[Any] | None:
        """The next result (in a 1-tuple, as a result may be None), or None if it failed."""
        try:
            return (marshal.loads(self.reader.recv_bytes()),)
        except (OSError, EOFError, ValueError, TypeError):
            return None

    def stop(self) -> None:
        self.reader.close()  # a helper still writing gets an error and stops
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()


def _results(
    work: Callable[[Any], Any], items: Sequence[Any], reader: Connection, writer: Connection
) -> None:
    """The helper: each result, in order, until the loader stops reading."""
    reader.close()  # only we write: when the loader dies, our next write fails and we stop
    try:
        for item in items:
            writer.send_bytes(marshal.dumps(work(item)))
    except Exception:  # whatever it was, the loader computes the rest itself
        pass
    finally:
        writer.close()
