import * as z from 'zod/mini';
const S = z.strictObject({ a: z.number(), t: z.union([z.number(), z.strictObject({min: z.number(), max: z.number()})]), i: z.int().check(z.gte(1,'m1')), l: z.literal(1), arr: z.array(z.string()) });
for (const input of [{}, {a:'x', t:{min:1}, i:1.5, l:2, arr:'s', extra:1, reDflag: 2}, {a:NaN, t:'x', i:0, l:1, arr:[1]}])
 console.log(JSON.stringify(S.safeParse(input, {reportInput:true}).error.issues));
