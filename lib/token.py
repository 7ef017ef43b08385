"""Token type constants shared by the tokenizer and the parser."""

__all__ = ['tok_name', 'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF']

_NAMES = (
    'ENDMARKER NAME NUMBER STRING NEWLINE INDENT DEDENT LPAR RPAR LSQB RSQB '
    'COLON COMMA SEMI PLUS MINUS STAR SLASH VBAR AMPER LESS GREATER EQUAL '
    'DOT PERCENT LBRACE RBRACE EQEQUAL NOTEQUAL LESSEQUAL GREATEREQUAL TILDE '
    'CIRCUMFLEX LEFTSHIFT RIGHTSHIFT DOUBLESTAR PLUSEQUAL MINEQUAL STAREQUAL '
    'SLASHEQUAL PERCENTEQUAL AMPEREQUAL VBAREQUAL CIRCUMFLEXEQUAL '
    'LEFTSHIFTEQUAL RIGHTSHIFTEQUAL DOUBLESTAREQUAL DOUBLESLASH '
    'DOUBLESLASHEQUAL AT ATEQUAL RARROW ELLIPSIS COLONEQUAL EXCLAMATION OP AWAIT ASYNC '
    'TYPE_IGNORE TYPE_COMMENT SOFT_KEYWORD FSTRING_START FSTRING_MIDDLE '
    'FSTRING_END COMMENT NL ERRORTOKEN ENCODING N_TOKENS'
).split()

tok_name = {}
for _value, _name in enumerate(_NAMES):
    globals()[_name] = _value
    tok_name[_value] = _name
    __all__.append(_name)
NT_OFFSET = 256
tok_name[NT_OFFSET] = 'NT_OFFSET'
__all__.append('NT_OFFSET')
del _value, _name, _NAMES

_OPERATORS = (
    ('!', EXCLAMATION), ('!=', NOTEQUAL), ('%', PERCENT),
    ('%=', PERCENTEQUAL), ('&', AMPER), ('&=', AMPEREQUAL), ('(', LPAR),
    (')', RPAR), ('*', STAR), ('**', DOUBLESTAR), ('**=', DOUBLESTAREQUAL),
    ('*=', STAREQUAL), ('+', PLUS), ('+=', PLUSEQUAL), (',', COMMA),
    ('-', MINUS), ('-=', MINEQUAL), ('->', RARROW), ('.', DOT),
    ('...', ELLIPSIS), ('/', SLASH), ('//', DOUBLESLASH),
    ('//=', DOUBLESLASHEQUAL), ('/=', SLASHEQUAL), (':', COLON),
    (':=', COLONEQUAL), (';', SEMI), ('<', LESS), ('<<', LEFTSHIFT),
    ('<<=', LEFTSHIFTEQUAL), ('<=', LESSEQUAL), ('=', EQUAL),
    ('==', EQEQUAL), ('>', GREATER), ('>=', GREATEREQUAL),
    ('>>', RIGHTSHIFT), ('>>=', RIGHTSHIFTEQUAL), ('@', AT),
    ('@=', ATEQUAL), ('[', LSQB), (']', RSQB), ('^', CIRCUMFLEX),
    ('^=', CIRCUMFLEXEQUAL), ('{', LBRACE), ('|', VBAR),
    ('|=', VBAREQUAL), ('}', RBRACE), ('~', TILDE),
)
EXACT_TOKEN_TYPES = dict(_OPERATORS)
del _OPERATORS


def ISTERMINAL(x):
    """True for token (terminal) numbers."""
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    """True for grammar symbol (non-terminal) numbers."""
    return x >= NT_OFFSET


def ISEOF(x):
    """True for the end-of-input marker."""
    return x == ENDMARKER
