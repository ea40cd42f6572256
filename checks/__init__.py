"""Asset checks: pandera contracts, Great Expectations suites, cross-asset invariants."""

from checks.contracts import CONTRACT_CHECKS
from checks.invariants import best_within_range, every_input_accounted_for, figures_agree
from checks.quality import claims_quality, figures_quality

ALL_CHECKS = [
    *CONTRACT_CHECKS,
    claims_quality,
    figures_quality,
    figures_agree,
    best_within_range,
    every_input_accounted_for,
]


def _blocking_keys() -> list:
    keys = []
    for checks_def in ALL_CHECKS:
        for spec in checks_def.check_specs:
            if spec.blocking:
                keys.append(spec.key)
    return keys


# The checks a release requires to have passed on the data it publishes.
BLOCKING_CHECK_KEYS = _blocking_keys()
