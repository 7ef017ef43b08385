import sys
def tracked(name):
    print(name, 'started')
    try:
        yield 1
        yield 2
    finally:
        print(name, 'finished')
for x in tracked('loop'):
    pass
print(list(tracked('list')))
print(next(tracked('dropped')))
print('after dropped temp generator')
g = tracked('kept')
next(g)
g = None
print('end')
