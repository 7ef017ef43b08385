# str.casefold applies the full case folding: expansions from SpecialCasing, Greek letters
# with iota subscript, and the characters whose folding is not their lowercase.
samples = "ßẞﬁﬃŉǰΐΰẖẗẘẙẚᾀᾈᾳᾼῃῌῳῼᾲᾴῒῢῦıİςſµϐϑϕϖϰϱϵẛ\u1c80\u1c85\u1c88KÅǅǈ"
for c in samples:
    print(hex(ord(c)), c.casefold(), [hex(ord(x)) for x in c.casefold()], c.lower() == c.casefold())
print("Straße".casefold() == "STRASSE".casefold(), "ΣΊΣΥΦΟΣ".casefold(), "ﬁnal".casefold())
print("Ᾰ".casefold(), "ᾯ".casefold(), "ÀÉÎÕÜ".casefold(), "\u13f8\u13a0".casefold())
