songs = ['Take me back to Eden', 'Alkaline', 'Ascensionism']
print(f"This is the playlist: {", ".join(songs)}")
print(f"{f"{"a"}"}{f'{'b'}'}")
def q(s):
    return f'"{s}"'
print(f"{q("hi")}", f'{q('there')}')
print(f"{'"'}{"'"}")
