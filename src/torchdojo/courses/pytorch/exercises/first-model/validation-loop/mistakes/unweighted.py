# expect: failed values : weight each batch's mean loss by its size
import torch


def evaluate(model, loader, criterion):
    was_training = model.training
    model.eval()
    losses = []
    with torch.no_grad():
        for x, y in loader:
            losses.append(criterion(model(x), y).item())
    model.train(was_training)
    return sum(losses) / len(losses)  # a short last batch counts as much as a full one
