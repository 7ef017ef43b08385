match 5:
    case _:
        pass
    case 5:
        pass
