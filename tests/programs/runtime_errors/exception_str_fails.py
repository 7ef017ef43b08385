class Weird(Exception):
    def __str__(self):
        return 'weird happened'

def f():
    raise Weird('ignored arg')

f()
