"""mypy plugin: spaCy's stub for `MorphAnalysis.get` makes `default` required, while the
runtime (spacy/tokens/morphanalysis.pyx) has `default=None` and returns [] then. The
plugin gives the stub the runtime's signature, so `token.morph.get("Case")` type-checks."""

from __future__ import annotations

from collections.abc import Callable

from mypy.nodes import ARG_OPT
from mypy.plugin import FunctionSigContext, MethodSigContext, Plugin
from mypy.types import FunctionLike

_GET = "spacy.tokens.morphanalysis.MorphAnalysis.get"


def _default_optional(ctx: MethodSigContext | FunctionSigContext) -> FunctionLike:
    sig = ctx.default_signature
    kinds = list(sig.arg_kinds)
    if len(kinds) >= 2:
        kinds[1] = ARG_OPT
    return sig.copy_modified(arg_kinds=kinds)


class SpacyStubFix(Plugin):
    def get_method_signature_hook(
        self, fullname: str
    ) -> Callable[[MethodSigContext], FunctionLike] | None:
        return _default_optional if fullname == _GET else None


def plugin(version: str) -> type[Plugin]:
    return SpacyStubFix
