"""Benchmarks (not tests): intake throughput and message -> decision latency."""
