match [1]:
    case [x] as [y]:
        pass
