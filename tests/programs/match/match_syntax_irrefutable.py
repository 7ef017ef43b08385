x = 3
match x:
    case y:
        print('captured')
    case 3:
        print('three')
