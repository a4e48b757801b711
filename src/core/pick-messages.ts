// What the popup may ask the background to write (platform/pick-write-port), checked with the backup
// format's own pick schema: a message is data from another context, and nothing invalid may reach the
// database through it (issue 8: extra fields, a negative createdAt, an issue that does not exist, a
// renamed key were all stored). Pure, so the rules are tested without a browser.
import { z } from 'zod';
import { pickSchema } from './backup-format';
import type { PickChanges } from './capture';
import { MAX_TEXT_LENGTH, tooLongMessage } from './limits';
import { isOrderKey } from './order-key';
import type { Pick } from './types';
import { normalizeUrl } from './url-key';

/** The fields a popup edits. Never its issue: a capture goes to the inbox, and only the composer places it. */
const EDITABLE = ['url', 'title', 'blurb', 'emoji', 'kind', 'tags', 'image', 'description', 'siteName', 'quote'] as const;

type Shape = typeof pickSchema.shape;

/** The field's schema without the backup's default: a missing field must stay missing, not become ''. */
function withoutDefault<K extends keyof Shape>(key: K): z.ZodType<Pick[K & keyof Pick]> {
  const schema = pickSchema.shape[key] as z.ZodType;
  return (schema instanceof z.ZodDefault ? schema.unwrap() : schema) as z.ZodType<Pick[K & keyof Pick]>;
}

const changesSchema: z.ZodType<PickChanges> = z.strictObject(
  Object.fromEntries(EDITABLE.map((key) => [key, withoutDefault(key).optional()])),
) as unknown as z.ZodType<PickChanges>;

const id = pickSchema.shape.id;

/** A whole new pick: the backup's pick, complete, with its identity key right and in no issue yet. */
const newPickSchema = pickSchema.extend({
  urlKey: z.string(),
  issueId: z.literal(''),
  createdAt: pickSchema.shape.createdAt.unwrap(),
  updatedAt: pickSchema.shape.updatedAt.unwrap(),
}).refine((pick) => pick.urlKey === normalizeUrl(pick.url), { message: 'urlKey does not match url', path: ['urlKey'] });

/** A pick as stored, put back by "Undo" after a delete: it may have been in an issue. */
const storedPickSchema = pickSchema.extend({
  urlKey: z.string(),
  issueId: z.string(),
  createdAt: pickSchema.shape.createdAt.unwrap(),
  updatedAt: pickSchema.shape.updatedAt.unwrap(),
}).refine((pick) => pick.urlKey === normalizeUrl(pick.url), { message: 'urlKey does not match url', path: ['urlKey'] });

/** The blocks that placed the deleted pick: pick blocks of that pick, in that pick's issue. */
// Bounded and checked as a backup's are (the same limits): a 2 MB id or a key that sorts nowhere, put back by a forged undo,
// would otherwise sit in the database until an export had to set it aside.
const orderKey = z.string().max(MAX_TEXT_LENGTH, { error: (issue) => tooLongMessage('the order key', typeof issue.input === 'string' ? issue.input.length : 0, MAX_TEXT_LENGTH) })
  .refine(isOrderKey, { message: 'not an order key' });
const removedBlockSchema = z.strictObject({
  type: z.literal('pick'),
  id,
  issueId: id,
  order: orderKey,
  pickId: id,
  updatedAt: pickSchema.shape.updatedAt,
});

const removedSchema = z.strictObject({ pick: storedPickSchema, blocks: z.array(removedBlockSchema) })
  .refine(({ pick, blocks }) => blocks.every((block) => block.pickId === pick.id && block.issueId === pick.issueId), {
    message: 'a block that does not place this pick in its issue', path: ['blocks'],
  });

export const pickMessageSchemas = {
  store: z.strictObject({ pick: newPickSchema, changed: changesSchema }),
  update: z.strictObject({ pickId: id, changes: changesSchema, base: changesSchema }),
  delete: z.strictObject({ pickId: id }),
  restore: z.strictObject({ removed: removedSchema }),
  watch: z.strictObject({ pickId: id }),
};

export type PickMessageName = keyof typeof pickMessageSchemas;

/** A request as the port carries it: a number to answer, a command, its arguments. */
export const pickRequestSchema = z.strictObject({
  seq: z.number().int().nonnegative(),
  command: z.enum(Object.keys(pickMessageSchemas) as [PickMessageName, ...PickMessageName[]]),
  args: z.unknown(),
});
