"""Documentation is tested against the code: every command and setting is documented."""

from dataclasses import fields

from conftest import REPO

from reportedly.cli.main import COMMANDS
from reportedly.settings import Settings

CLI_DOC = (REPO / "docs" / "cli.md").read_text("utf-8")


def test_every_command_is_documented():
    missing = [c.name for c in COMMANDS if f"`reportedly {c.name}" not in CLI_DOC]
    assert not missing, f"undocumented commands in docs/cli.md: {missing}"


def test_every_setting_is_documented():
    missing = [f.name for f in fields(Settings) if f"`{f.name}`" not in CLI_DOC]
    assert not missing, f"undocumented settings in docs/cli.md: {missing}"


def test_docs_links_point_to_existing_files():
    import re

    for doc in [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]:
        for target in re.findall(r"\]\(([^)#:]+\.md)\)", doc.read_text("utf-8")):
            path = (doc.parent / target).resolve()
            assert path.exists(), f"{doc.name} links to missing {target}"
