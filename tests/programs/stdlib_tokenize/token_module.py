import token
import tokenize

print(token.ENDMARKER, token.NAME, token.OP, token.NT_OFFSET, token.N_TOKENS)
print(token.FSTRING_START, token.FSTRING_MIDDLE, token.FSTRING_END)
print(token.COMMENT, token.NL, token.ENCODING, token.ERRORTOKEN)
print(sorted(token.tok_name.items())[:8])
print(token.tok_name[token.NT_OFFSET], len(token.tok_name))
print(token.ISTERMINAL(token.NAME), token.ISTERMINAL(300))
print(token.ISNONTERMINAL(token.NAME), token.ISNONTERMINAL(token.NT_OFFSET))
print(token.ISEOF(token.ENDMARKER), token.ISEOF(token.NEWLINE))
for op in ["(", "**=", "...", "->", ":=", "!", "!=", "@", "~"]:
    print(repr(op), token.tok_name[token.EXACT_TOKEN_TYPES[op]])
print(len(token.EXACT_TOKEN_TYPES), list(token.EXACT_TOKEN_TYPES)[:6])
print("EXACT_TOKEN_TYPES" in token.__all__, "tok_name" in token.__all__)
print(tokenize.NAME is token.NAME, tokenize.tok_name is token.tok_name)
print([n for n in ("tokenize", "generate_tokens", "untokenize", "open", "TokenError") if n in tokenize.__all__])
print(issubclass(tokenize.TokenError, Exception))
