"""The checks made before opening a store: the newest revision read from the shipped scripts,
a store already at head opened without Alembic, and a missing SQLite file named."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, pool, text

from parley.errors import StoreError
from parley.store import Store, alembic_config
from parley.store.schema_check import (
    head_revision,
    is_at_head,
    missing_sqlite_file,
    require_existing_store,
)


def test_the_head_read_from_the_scripts_is_alembics_head() -> None:
    assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()


def _script(folder: Path, name: str, revision: str, down: str | None) -> None:
    parent = f'"{down}"' if down else "None"
    (folder / name).write_text(f'revision: str = "{revision}"\n'
                               f"down_revision: str | None = {parent}\n", encoding="utf-8")


def test_the_head_of_a_chain_and_of_no_single_head(tmp_path: Path) -> None:
    _script(tmp_path, "a.py", "0001", None)
    _script(tmp_path, "b.py", "0002", "0001")
    assert head_revision.__wrapped__(tmp_path) == "0002"
    _script(tmp_path, "c.py", "0003", "0001")  # two heads: let Alembic decide
    assert head_revision.__wrapped__(tmp_path) is None


def test_a_new_store_is_not_at_head_and_a_migrated_one_is(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'parley.db'}"
    engine = create_engine(url, poolclass=pool.NullPool)
    with engine.connect() as connection:
        assert not is_at_head(connection)
    Store(url).close()
    with engine.connect() as connection:
        assert is_at_head(connection)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    with engine.connect() as connection:
        assert not is_at_head(connection)  # an older store goes through Alembic


PROBE = """
import sys
from parley.store import Store
Store(sys.argv[1]).close()
print("alembic" in sys.modules)
"""


def test_opening_a_store_at_head_does_not_import_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'parley.db'}"
    runs = [subprocess.run([sys.executable, "-c", PROBE, url], capture_output=True, text=True,
                           timeout=120, check=True).stdout.strip() for _ in range(2)]
    assert runs == ["True", "False"]  # the first open migrates, the second only reads


def test_a_missing_sqlite_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "nostore" / "none.db"
    assert missing_sqlite_file(f"sqlite:///{path}") == path
    with pytest.raises(StoreError, match=r"^no store at .*none\.db; run `parley ingest`"):
        require_existing_store(f"sqlite:///{path}")
    assert not path.parent.exists()
    Store(f"sqlite:///{path}").close()
    assert missing_sqlite_file(f"sqlite:///{path}") is None
    require_existing_store(f"sqlite:///{path}")


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:",
                                 "postgresql+psycopg://u@127.0.0.1/none", "not a url"])
def test_urls_without_a_file_are_not_missing_files(url: str) -> None:
    assert missing_sqlite_file(url) is None
