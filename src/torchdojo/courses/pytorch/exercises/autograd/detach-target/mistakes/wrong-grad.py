# expect: failed returns : forget `return`
import torch


def td_gradient(w, states, rewards, next_states, gamma):
    w_leaf = w.clone().requires_grad_(True)
    with torch.no_grad():
        target = rewards + gamma * (next_states @ w_leaf)
    loss = ((states @ w_leaf - target) ** 2).mean()
    loss.backward()
    return w.grad  # the caller's w was never part of the graph
