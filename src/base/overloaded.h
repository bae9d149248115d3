// `Overloaded{lambdas...}`: one visitor for std::visit from several lambdas,
// so that a variant alternative without a matching lambda does not compile.
#pragma once

namespace shifan::detail {

template <class... Lambdas>
struct Overloaded : Lambdas... {
  using Lambdas::operator()...;
};

// Spelled out for compilers without class template argument deduction for
// aggregates (clang before 17).
template <class... Lambdas>
Overloaded(Lambdas...) -> Overloaded<Lambdas...>;

}  // namespace shifan::detail
