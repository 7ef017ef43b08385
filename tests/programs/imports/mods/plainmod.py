print('plainmod executing as', __name__)
counter = 0
def bump():
    global counter
    counter += 1
    return counter
if __name__ == '__main__':
    print('plainmod run as main')
