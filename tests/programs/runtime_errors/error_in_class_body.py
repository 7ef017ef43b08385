print('defining')

class Broken:
    ok = 1
    bad = ok + 'x'
