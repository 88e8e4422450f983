"""A yardstick for shared machines whose speed varies from hour to hour.

The same code measured on a virtual machine's slow and fast turns differs by up to 3x,
so every benchmark also prints how long a fixed piece of pure Python took: two figures
taken on different turns compare once each is divided by its own yardstick.
"""

from __future__ import annotations

import timeit


def cpu_check_ms() -> float:
    """Best of 5 timings of summing range(10**6) in pure Python, in milliseconds."""
    return min(timeit.repeat("sum(range(10**6))", number=1, repeat=5)) * 1000


def cpu_check_line() -> str:
    return f"cpu check: sum(range(10**6)) in {cpu_check_ms():.1f} ms (best of 5; lower is a faster turn)"
