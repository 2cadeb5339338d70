# expect: failed type : expected a tuple
def activation_shapes(model, x):
    shapes = []
    leaves = [m for m in model.modules() if not list(m.children())]
    handles = [m.register_forward_hook(lambda m, i, o: shapes.append(o.shape)) for m in leaves]
    model(x)
    for h in handles:
        h.remove()
    return shapes
