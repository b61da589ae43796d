"""A contact and a set-up told in one coordinated sentence are two events: "The defence
ministers of India and Australia held phone talks on Monday and agreed to set up a new
hotline" tells a CALL (the talks held) and an ESTABLISH (the hotline agreed). A governing
trigger (a request, a set-up, a suspension) absorbs the event word it is about ("agreed to
set up talks"), not one its coordinated sister verb holds ("held talks … and agreed to …").
"""

from __future__ import annotations

from parley.extract.syntax import Tree

#: Verb-to-verb labels under which a governing trigger still belongs to its verb's clause
#: ("agreed to set up", "decided that they would open").
_COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "advcl", "conj"})


def in_sister_clause(tree: Tree, index: int, governing: int) -> bool:
    """Whether the event word at `index` belongs to a verb clause coordinated with the one
    of the governing trigger ('held phone talks' and 'agreed to set up a hotline'): its
    clause verb is not the governing trigger nor under it, and the governing trigger hangs
    under a conjunct of that verb."""
    verb = tree.clause_head(index)
    if verb == governing or verb == index or \
            governing in tree.ancestors(index):
        return False
    chain = [governing, *tree.ancestors(governing)]
    if verb not in chain:
        return False
    below = chain[:chain.index(verb)]
    # the step from the contact's verb down to the governing trigger's clause is a 'conj'
    return bool(below) and tree.tokens[below[-1]].dep == "conj" and all(
        tree.tokens[i].dep in _COMPLEMENT_DEPS for i in below)
