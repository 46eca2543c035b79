"""Every command's `--help`: a help text for every option, and examples that parse; usage
errors in kg's one-line form."""

from __future__ import annotations

import shlex

import click
import pytest

from kg.cli import cli, run


def examples(help_text: str) -> list[list[str]]:
    """The `kg …` command lines under "Example…:", split as a shell would (comments dropped,
    cut at a pipe or `&&`); other lines there (curl, continuations) are skipped."""
    after = help_text.split("Example", 1)[1].split("\n", 1)[1].lstrip("\n")
    out = []
    for line in after.split("\n\n", 1)[0].splitlines():
        if not line.strip().startswith("kg "):
            continue
        words = shlex.split(line.strip(), comments=True)
        for stop in ("|", "&&"):
            words = words[: words.index(stop)] if stop in words else words
        out.append(words)
    return out


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_help_lists_every_option_with_a_text_and_examples_that_parse(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    command = cli.commands[name]
    assert run([name, "--help"]) == 0
    text = capsys.readouterr().out
    for param in command.params:
        if isinstance(param, click.Option):
            assert param.help, f"kg {name} {param.opts[0]} has no help"
            assert param.opts[-1] in text
    found = examples(text)
    assert found, f"kg {name} --help shows no example"
    for words in found:
        assert words[:2] == ["kg", name], words
        parent = click.Context(cli, info_name="kg")
        command.make_context(name, words[2:], parent=parent)  # raises on a stale example


def test_the_group_help_has_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--help"]) == 0
    text = capsys.readouterr().out
    assert examples(text) == [["kg", "build"]]
    assert all(p.help for p in cli.params if isinstance(p, click.Option))


@pytest.mark.parametrize(
    ("argv", "start"),
    [
        (["nosuch"], "kg: error: no such command 'nosuch' (commands: build, "),
        (["biuld"], "kg: error: no such command 'biuld'; did you mean 'build'? (commands: "),
        (["query", "--zzzzzz"], "kg: error: no such option '--zzzzzz' (see `kg query --help`)"),
        (["query", "persons", "--format", "pdf"], "kg: error: invalid value for '--format'"),
        (["build", "--jobs", "0"], "kg: error: invalid value for '--jobs'"),
        (["eval"], "kg: error: missing argument 'GOLD' (see `kg eval --help`)"),
        (["export", "--graph"], "kg: error: option '--graph' requires an argument"),
    ],
)
def test_usage_errors_are_one_line_exit_2(
    argv: list[str], start: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(argv) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith(start) and captured.err.count("\n") == 1, captured.err
    assert captured.out == ""
