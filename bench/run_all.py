"""Run every benchmark with its defaults: `python -m bench.run_all` (what `make bench` runs)."""

from __future__ import annotations

import sys

from bench import abuse, claims, intake, pipeline
from bench.common import log


def main() -> int:
    log("=== intake")
    intake.main([])
    log("=== pipeline")
    pipeline.main([])
    log("=== abuse (floods against a normal customer's answer)")
    abuse.main([])
    log("=== claims and offers")
    claims.main([])
    log("results are in bench/results/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
