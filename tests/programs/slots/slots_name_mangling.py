class Secret:
    __slots__ = ('__hidden', 'visible')
    def __init__(self):
        self.__hidden = 'mangled'
        self.visible = 'plain'
    def reveal(self):
        return self.__hidden
s = Secret()
print(s.reveal(), s.visible, s._Secret__hidden)
print(sorted(k for k in Secret.__dict__ if not k.startswith('__')))
try:
    s.__hidden
except AttributeError as e:
    print(type(e).__name__, e)
