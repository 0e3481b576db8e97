// A relation with both endpoints but without its evidence, for {{RELATION}} slots of requests
// that select no evidence anywhere (collecting citations and their sources is most of a
// relation's cost). Relation.evidence still loads it, batched, should such a relation need it.
{
  id: r.id,
  type: type(r),
  props: properties(r),
  from: [n IN [startNode(r)] | n {.*, searchKeys: null, translitKeys: null}][0],
  to: [n IN [endNode(r)] | n {.*, searchKeys: null, translitKeys: null}][0]
}
