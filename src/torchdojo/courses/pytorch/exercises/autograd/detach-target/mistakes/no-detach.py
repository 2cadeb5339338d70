# expect: failed values : through the target
import torch


def td_gradient(w, states, rewards, next_states, gamma):
    w_leaf = w.detach().clone().requires_grad_(True)
    target = rewards + gamma * (next_states @ w_leaf)
    loss = ((states @ w_leaf - target) ** 2).mean()
    loss.backward()
    return w_leaf.grad
