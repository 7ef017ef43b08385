"""Limited XPath support for ElementTree's find/findall/findtext/iterfind."""

import re

_token_re = re.compile(
    r"""\s*(?:('[^']*'|"[^"]*")|(//|\.\.|!=|\(\)|[/.*\[\]()@=])|((?:\{[^}]*\})?[^/\[\]()@=!\s'"]+))""")

_cache = {}


def _tokenize(path):
    tokens = []
    pos = 0
    n = len(path)
    while pos < n:
        m = _token_re.match(path, pos)
        if m is None or m.end() == pos:
            if path[pos:].strip() == "":
                break
            raise SyntaxError("invalid path")
        if m.group(1) is not None:
            tokens.append(("str", m.group(1)[1:-1]))
        elif m.group(2) is not None:
            tokens.append(("op", m.group(2)))
        else:
            tokens.append(("name", m.group(3)))
        pos = m.end()
    return tokens


def _qualify(name, namespaces):
    if name[:1] == "{":
        return name
    if ":" in name:
        prefix, local = name.split(":", 1)
        if namespaces:
            try:
                return "{%s}%s" % (namespaces[prefix], local)
            except KeyError:
                raise SyntaxError("prefix %r not found in prefix map" % prefix) from None
        return name
    if namespaces and namespaces.get(""):
        return "{%s}%s" % (namespaces[""], name)
    return name


def _tag_matcher(name):
    """Return a predicate on tags, or None when every tag matches."""
    if name == "*":
        return None
    if name == "{*}*":
        return lambda tag: isinstance(tag, str)
    if name[:3] == "{*}":
        local = name[3:]
        suffix = "}" + local
        return lambda tag: isinstance(tag, str) and (tag == local or tag.endswith(suffix))
    if name == "{}*":
        return lambda tag: isinstance(tag, str) and tag[:1] != "{"
    if name[:2] == "{}":
        local = name[2:]
        return lambda tag: tag == local
    if name[:1] == "{" and name.endswith("}*"):
        ns = name[:-1]
        return lambda tag: isinstance(tag, str) and tag.startswith(ns) and "}" not in tag[len(ns):]
    return lambda tag: tag == name


def _child_step(match):
    if match is None:
        def step(ctx, items):
            for e in items:
                yield from e
    else:
        def step(ctx, items):
            for e in items:
                for c in e:
                    if match(c.tag):
                        yield c
    return step


def _descendant_step(match):
    def step(ctx, items):
        for e in items:
            for d in e.iter():
                if d is not e and (match is None or match(d.tag)):
                    yield d
    return step


def _self_step(ctx, items):
    yield from items


def _parent_step(ctx, items):
    parents = ctx.parents()
    seen = set()
    for e in items:
        p = parents.get(e)
        if p is not None and id(p) not in seen:
            seen.add(id(p))
            yield p


def _attr_pred(key, value, negate):
    if value is None:
        def step(ctx, items):
            for e in items:
                if e.get(key) is not None:
                    yield e
    elif negate:
        def step(ctx, items):
            for e in items:
                v = e.get(key)
                if v is not None and v != value:
                    yield e
    else:
        def step(ctx, items):
            for e in items:
                if e.get(key) == value:
                    yield e
    return step


def _child_pred(tag, value, negate):
    match = _tag_matcher(tag)

    def children(e):
        for c in e:
            if match is None or match(c.tag):
                yield c
    if value is None:
        def step(ctx, items):
            for e in items:
                for _ in children(e):
                    yield e
                    break
    else:
        def step(ctx, items):
            for e in items:
                for c in children(e):
                    if ("".join(c.itertext()) == value) != negate:
                        yield e
                        break
    return step


def _text_pred(value, negate):
    def step(ctx, items):
        for e in items:
            if ("".join(e.itertext()) == value) != negate:
                yield e
    return step


def _position_pred(index):
    def step(ctx, items):
        parents = ctx.parents()
        for e in items:
            p = parents.get(e)
            if p is None:
                continue
            same = [c for c in p if c.tag == e.tag]
            try:
                if same[index] is e:
                    yield e
            except IndexError:
                pass
    return step


def _nothing(ctx, items):
    return iter(())


def _parse_predicate(tokens, i, namespaces):
    """tokens[i] is just after '['; returns (step, index after ']')."""
    pred = []
    while i < len(tokens) and tokens[i] != ("op", "]"):
        pred.append(tokens[i])
        i += 1
    if i >= len(tokens):
        raise SyntaxError("invalid predicate")
    kinds = [t[1] if t[0] == "op" else t[0] for t in pred]
    vals = [t[1] for t in pred]
    if kinds == ["@", "name"]:
        return _attr_pred(_qualify_attr(vals[1], namespaces), None, False), i + 1
    if kinds in (["@", "name", "=", "str"], ["@", "name", "!=", "str"]):
        return _attr_pred(_qualify_attr(vals[1], namespaces), vals[3], kinds[2] == "!="), i + 1
    if kinds == ["name"]:
        v = vals[0]
        if re.fullmatch(r"-?\d+", v):
            index = int(v)
            if index < 0:
                raise SyntaxError("XPath position >= 1 expected")
            if index == 0:
                return _nothing, i + 1
            return _position_pred(index - 1), i + 1
        return _child_pred(_qualify(v, namespaces), None, False), i + 1
    if kinds in (["name", "=", "str"], ["name", "!=", "str"]):
        return _child_pred(_qualify(vals[0], namespaces), vals[2], kinds[1] == "!="), i + 1
    if kinds in ([".", "=", "str"], [".", "!=", "str"]):
        return _text_pred(vals[2], kinds[1] == "!="), i + 1
    if kinds[:2] == ["name", "()"] and vals[0] == "last":
        if len(kinds) == 2:
            return _position_pred(-1), i + 1
        if len(kinds) == 3 and kinds[2] == "name" and re.fullmatch(r"-\d+", vals[2]):
            offset = int(vals[2])
            if offset > 0:
                raise SyntaxError("XPath offset from last() must be negative")
            return _position_pred(offset - 1), i + 1
    raise SyntaxError("invalid predicate")


def _qualify_attr(name, namespaces):
    if name[:1] == "{" or ":" not in name:
        return name
    return _qualify(name, namespaces)


def _compile(path, namespaces):
    if path[:1] == "/":
        raise SyntaxError("cannot use absolute path on element")
    tokens = _tokenize(path)
    steps = []
    i = 0
    n = len(tokens)
    expect_step = True
    while i < n:
        kind, val = tokens[i]
        if expect_step:
            descendant = False
            if (kind, val) == ("op", "//"):
                descendant = True
                i += 1
                if i >= n:
                    raise SyntaxError("invalid descendant")
                kind, val = tokens[i]
            if kind == "name":
                name = _qualify(val, namespaces) if val != "*" else val
                match = _tag_matcher(name)
                steps.append(_descendant_step(match) if descendant else _child_step(match))
            elif (kind, val) == ("op", "*"):
                steps.append(_descendant_step(None) if descendant else _child_step(None))
            elif (kind, val) == ("op", "."):
                if descendant:
                    raise SyntaxError("invalid descendant")
                steps.append(_self_step)
            elif (kind, val) == ("op", ".."):
                if descendant:
                    raise SyntaxError("invalid descendant")
                steps.append(_parent_step)
            else:
                raise SyntaxError("invalid path")
            i += 1
            expect_step = False
            continue
        if (kind, val) == ("op", "["):
            step, i = _parse_predicate(tokens, i + 1, namespaces)
            steps.append(step)
        elif (kind, val) == ("op", "/"):
            i += 1
            expect_step = True
        elif (kind, val) == ("op", "//"):
            expect_step = True
        else:
            raise SyntaxError("invalid path")
    if expect_step:
        raise SyntaxError("invalid path")
    return steps


class _Context:
    __slots__ = ("root", "_parents")

    def __init__(self, root):
        self.root = root
        self._parents = None

    def parents(self):
        if self._parents is None:
            pm = {}
            for p in self.root.iter():
                for c in p:
                    pm[c] = p
            self._parents = pm
        return self._parents


def _get_steps(path, namespaces):
    if path[-1:] == "/":
        path = path + "*"
    key = (path, None if namespaces is None else tuple(sorted(namespaces.items())))
    steps = _cache.get(key)
    if steps is None:
        if len(_cache) > 100:
            _cache.clear()
        steps = _compile(path, namespaces)
        _cache[key] = steps
    return steps


def iterfind(elem, path, namespaces=None):
    steps = _get_steps(path, namespaces)
    ctx = _Context(elem)
    items = iter((elem,))
    for step in steps:
        items = step(ctx, items)
    return items


def find(elem, path, namespaces=None):
    return next(iterfind(elem, path, namespaces), None)


def findall(elem, path, namespaces=None):
    return list(iterfind(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    found = find(elem, path, namespaces)
    if found is None:
        return default
    return found.text or ""
