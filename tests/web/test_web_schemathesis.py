"""Schemathesis against the app's own OpenAPI description: no request gets a server error.

Runs in process (ASGI, no network) over the store of the bundled corpus, every operation of
the description in turn with Hypothesis-generated parameters. Besides "no 5xx", each answer
must carry a status code and content type the description declares. (Schemathesis's own
pytest fixture loader does not run under pytest 9, so the operations are walked here.)
"""

from __future__ import annotations

import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    status_code_conformance,
)

#: Generated requests per operation.
EXAMPLES = 30


def test_no_request_gets_a_server_error(web_app: FastAPI) -> None:
    schema = schemathesis.openapi.from_asgi("/api/openapi.json", web_app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 15
    failures: list[str] = []
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case: schemathesis.Case) -> None:
            case.call_and_validate(checks=[not_a_server_error, status_code_conformance,
                                           content_type_conformance])

        try:
            check()
        except Exception as error:  # noqa: BLE001  (collect every operation's failure)
            failures.append(f"{operation.label}: {str(error)[:2000]}")
    assert not failures, "\n\n".join(failures)
