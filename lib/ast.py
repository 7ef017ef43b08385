"""Abstract syntax trees.

Ferrython's compiler does not expose its syntax trees to Python yet, so this module offers
only what works without them: literal_eval(), which reads Python literals (numbers, strings,
bytes, tuples, lists, dicts, sets, booleans, None and Ellipsis) with its own small parser.
The rest (parse(), dump(), the node classes and visitors) raises NotImplementedError.
"""

import io as _io
import tokenize as _tokenize

__all__ = ['literal_eval', 'parse', 'dump', 'walk', 'NodeVisitor', 'NodeTransformer',
           'unparse', 'get_docstring', 'fix_missing_locations', 'copy_location']


def _unavailable(name):
    def stub(*args, **kwargs):
        raise NotImplementedError(
            f"ast.{name}() needs syntax trees, which Ferrython does not expose yet "
            f"(only ast.literal_eval() is available)")
    stub.__name__ = name
    return stub


parse = _unavailable('parse')
dump = _unavailable('dump')
walk = _unavailable('walk')
unparse = _unavailable('unparse')
get_docstring = _unavailable('get_docstring')
fix_missing_locations = _unavailable('fix_missing_locations')
copy_location = _unavailable('copy_location')


class NodeVisitor:
    def visit(self, node):
        raise NotImplementedError(
            "ast.NodeVisitor needs syntax trees, which Ferrython does not expose yet")


class NodeTransformer(NodeVisitor):
    pass


class _Node:
    """What the parser read: a kind (named as the ast class CPython would build), its value
    and its line, for the error message."""
    __slots__ = ('kind', 'value', 'line')

    def __init__(self, kind, value, line):
        self.kind = kind
        self.value = value
        self.line = line


class _Malformed(Exception):
    def __init__(self, node):
        self.node = node


def _malformed_error(node):
    if node is None:
        return ValueError('malformed node or string: None')
    # CPython shows the offending node's repr, which holds its address.
    marker = object()
    return ValueError(f'malformed node or string on line {node.line}: '
                      f'<ast.{node.kind} object at {hex(id(marker))}>')


def _syntax_error(message, line=1, column=1, text=None):
    return SyntaxError(message, ('<unknown>', line, column, text))


def _unclosed(text):
    """The first bracket of `text` left open, if any (strings are skipped roughly)."""
    stack = []
    quote = None
    for ch in text:
        if quote:
            if ch == quote:
                quote = None
        elif ch in '\'"':
            quote = ch
        elif ch in '([{':
            stack.append(ch)
        elif ch in ')]}' and stack:
            stack.pop()
    return stack[0] if stack else None


class _Reader:
    _SKIP = (_tokenize.NEWLINE, _tokenize.NL, _tokenize.COMMENT, _tokenize.INDENT,
             _tokenize.DEDENT)

    def __init__(self, text):
        try:
            self.tokens = [t for t in _tokenize.generate_tokens(_io.StringIO(text).readline)
                           if t.type not in self._SKIP]
        except (_tokenize.TokenError, IndentationError) as e:
            bracket = _unclosed(text)
            if bracket:
                raise _syntax_error(f"'{bracket}' was never closed") from None
            raise _syntax_error(str(e.args[0]) if e.args else 'invalid syntax') from None
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def take(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def at_op(self, text):
        tok = self.peek()
        return tok.type == _tokenize.OP and tok.string == text

    def expect_op(self, text):
        if not self.at_op(text):
            raise _syntax_error('invalid syntax')
        self.take()

    # expression := term (('+' | '-') term)*   (only real +/- imaginary is a literal)
    def expression(self):
        left = self.term()
        while self.at_op('+') or self.at_op('-'):
            op = self.take().string
            right = self.term()
            left = self.complex_sum(left, op, right)
        return left

    def complex_sum(self, left, op, right):
        node = _Node('BinOp', None, left.line)
        if right.kind != 'Constant' or type(right.value) not in (int, float, complex):
            raise _Malformed(right)
        if left.kind not in ('Constant', 'UnaryOp'):
            raise _Malformed(left)
        lv, rv = left.value, right.value
        if (type(lv) not in (int, float) or isinstance(lv, bool)
                or type(rv) is not complex):
            raise _Malformed(node)
        node.kind = 'Constant'
        node.value = lv + rv if op == '+' else lv - rv
        return node

    # term := ('+' | '-') atom | atom
    def term(self):
        tok = self.peek()
        if tok.type == _tokenize.NAME and tok.string == 'not':
            raise _Malformed(_Node('UnaryOp', None, tok.start[0]))
        if self.at_op('+') or self.at_op('-'):
            tok = self.take()
            operand = self.term()
            node = _Node('UnaryOp', None, tok.start[0])
            if operand.kind != 'Constant' or type(operand.value) not in (int, float, complex):
                raise _Malformed(node)
            node.value = -operand.value if tok.string == '-' else +operand.value
            return node
        return self.atom()

    def atom(self):
        tok = self.peek()
        line = tok.start[0]
        if tok.type == _tokenize.NUMBER:
            self.take()
            return _Node('Constant', _number(tok.string), line)
        if tok.type == _tokenize.STRING:
            return _Node('Constant', self.strings(), line)
        if tok.type == getattr(_tokenize, 'FSTRING_START', -1):
            raise _Malformed(_Node('JoinedStr', None, line))
        if tok.type == _tokenize.NAME:
            self.take()
            named = {'None': None, 'True': True, 'False': False}
            if tok.string in named:
                return _Node('Constant', named[tok.string], line)
            if tok.string == 'set' and self.at_op('('):
                self.take()
                if self.at_op(')'):
                    self.take()
                    return _Node('Constant', set(), line)
                raise _Malformed(_Node('Call', None, line))
            if self.at_op('('):
                raise _Malformed(_Node('Call', None, line))
            return self.postfix(_Node('Name', None, line))
        if tok.type == _tokenize.OP:
            if tok.string == '...':
                self.take()
                return _Node('Constant', ..., line)
            if tok.string == '(':
                return self.tuple_or_group()
            if tok.string == '[':
                self.take()
                items = self.items(']')
                return _Node('Constant', [n.value for n in items], line)
            if tok.string == '{':
                return self.dict_or_set()
            if tok.string == '*':
                raise _Malformed(_Node('Starred', None, line))
            if tok.string == '**':
                # CPython meets the dict's missing key (None) first.
                raise _Malformed(None)
        raise _syntax_error('invalid syntax')

    def postfix(self, node):
        if self.at_op('.') or self.at_op('['):
            node.kind = 'Attribute' if self.at_op('.') else 'Subscript'
        raise _Malformed(node)

    def strings(self):
        parts = []
        while self.peek().type == _tokenize.STRING:
            text = self.take().string
            prefix = text[:len(text) - len(text.lstrip('rRbBuU'))]
            # A single plain or bytes literal token is safe to evaluate on its own.
            parts.append((('b' in prefix.lower()), eval(text, {'__builtins__': {}})))
        kinds = {is_bytes for is_bytes, _ in parts}
        if len(kinds) > 1:
            raise _syntax_error('cannot mix bytes and nonbytes literals')
        if kinds == {True}:
            return b''.join(v for _, v in parts)
        return ''.join(v for _, v in parts)

    def at_end(self, close):
        """At the closing bracket `close`, or (close None) at the end of the input."""
        if close is None:
            return self.peek().type == _tokenize.ENDMARKER
        return self.at_op(close)

    def items(self, close):
        """Comma-separated values up to `close` (taken), or to the end when close is None."""
        out = []
        while not self.at_end(close):
            out.append(self.value())
            if self.at_op(','):
                self.take()
            elif not self.at_end(close):
                raise _syntax_error('invalid syntax')
        if close is not None:
            self.take()
        return out

    def value(self):
        node = self.expression()
        if node.kind not in ('Constant', 'UnaryOp'):
            raise _Malformed(node)
        return node

    def tuple_or_group(self):
        line = self.take().start[0]
        if self.at_op(')'):
            self.take()
            return _Node('Constant', (), line)
        first = self.value()
        if self.at_op(')'):
            self.take()
            return first
        self.expect_op(',')
        rest = self.items(')')
        return _Node('Constant', tuple([first.value] + [n.value for n in rest]), line)

    def dict_or_set(self):
        line = self.take().start[0]
        if self.at_op('}'):
            self.take()
            return _Node('Constant', {}, line)
        first = self.value()
        if self.at_op(':'):
            self.take()
            pairs = [(first.value, self.value().value)]
            while self.at_op(','):
                self.take()
                if self.at_op('}'):
                    break
                key = self.value()
                self.expect_op(':')
                pairs.append((key.value, self.value().value))
            self.expect_op('}')
            out = {}
            for k, v in pairs:
                out[k] = v
            return _Node('Constant', out, line)
        items = [first]
        if self.at_op(','):
            self.take()
            items += self.items('}')
        else:
            self.expect_op('}')
        return _Node('Constant', {n.value for n in items}, line)


def _number(text):
    clean = text.replace('_', '')
    if clean[-1] in 'jJ':
        return complex(0, float(clean[:-1]))
    if clean[:2].lower() in ('0x', '0o', '0b') or clean.isdigit():
        return int(clean, 0)
    return float(clean)


def literal_eval(node_or_string):
    """The value of a Python literal given as a string: numbers, strings, bytes, tuples,
    lists, dicts, sets, booleans, None, Ellipsis, and sums of a real and an imaginary
    number. Anything else raises ValueError (malformed) or SyntaxError."""
    if not isinstance(node_or_string, str):
        raise ValueError(f'malformed node or string: {node_or_string!r}')
    reader = _Reader(node_or_string.lstrip(' \t'))
    try:
        node = reader.expression()
        if node.kind not in ('Constant', 'UnaryOp'):
            raise _Malformed(node)
    except _Malformed as e:
        raise _malformed_error(e.node) from None
    if reader.at_op(','):
        # `1, 2` is a tuple display.
        reader.take()
        items = [node] + reader.items(None)
        return tuple(n.value for n in items)
    tok = reader.peek()
    if tok.type == _tokenize.ENDMARKER:
        return node.value
    # Whatever continues the literal makes it an expression of another kind.
    if tok.type == _tokenize.OP and tok.string in ('==', '!=', '<', '>', '<=', '>='):
        raise _malformed_error(_Node('Compare', None, node.line))
    if tok.type == _tokenize.OP and tok.string in ('[', '.', '('):
        kind = {'[': 'Subscript', '.': 'Attribute', '(': 'Call'}[tok.string]
        raise _malformed_error(_Node(kind, None, node.line))
    if tok.type == _tokenize.OP and tok.string not in (')', ']', '}', ':', '='):
        raise _malformed_error(_Node('BinOp', None, node.line))
    if tok.type == _tokenize.NAME and tok.string in ('if', 'and', 'or', 'in', 'is', 'not'):
        kind = {'if': 'IfExp', 'and': 'BoolOp', 'or': 'BoolOp'}.get(tok.string, 'Compare')
        raise _malformed_error(_Node(kind, None, node.line))
    raise _syntax_error('invalid syntax')
