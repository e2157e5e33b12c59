import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState, type InputHTMLAttributes } from 'react';
import { ApiError } from '../../../shared/api.ts';
import { TextField } from '../../../shared/ui/field.tsx';
import { integer } from '../search.ts';
import { useSettled } from './product-value.tsx';

/** One match offered under an ID field: the ID it puts in the field, and the name it shows. */
export interface IdMatch {
  id: number;
  label: string;
}

export type IdFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /**
   * The page is reading what the ID names itself (one request for all its fields, which puts each
   * answer where the field's own lookup keeps it): the field does not ask meanwhile.
   */
  waiting?: boolean;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>;

/** The record a lookup reads, or null when the store answers 404: no record has the ID. */
async function unlessNotFound<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/**
 * What an ID names, read under `key(id)` (where a page that read it already put it): the record,
 * or null when none has the ID; nothing is read without an ID or while the page reads it itself.
 */
export function useNamed<T>(key: (id: number) => unknown[], read: (id: number) => Promise<T>, id: number | undefined, waiting: boolean) {
  return useQuery({
    queryKey: key(id ?? 0),
    queryFn: () => unlessNotFound(read(id!)),
    enabled: id !== undefined && !waiting,
    staleTime: 60_000,
  });
}

/**
 * What an ID field asks the store about its text: `term`, the text its matches are read for once
 * the operator pauses (nothing until the operator types in it: a field filled from the address or
 * a form offers no matches), `id`, the ID it holds once settled, and whether the text still is
 * that ID (`current`); the field's `onChange` goes through `typed`.
 */
export function useIdText(value: string, onChange: (value: string) => void) {
  const [edited, setEdited] = useState(false);
  const settled = useSettled(value.trim());
  const id = integer(settled);
  return {
    term: edited ? settled : '',
    id,
    current: id !== undefined && integer(value) === id,
    typed: (next: string) => {
      setEdited(true);
      onChange(next);
    },
  };
}

/**
 * A text field that holds an ID, typed as such or found by a name: the matches of what is typed
 * are offered under it (a datalist: each offers its ID, labelled with its name), and its hint
 * names what the ID stands for.
 */
export function IdInput({
  matches,
  hint,
  error,
  value,
  onChange,
  ...props
}: Omit<IdFieldProps, 'waiting'> & { matches: IdMatch[] | undefined; hint: string | undefined; error: string | undefined }) {
  const listId = useId();
  return (
    <>
      <TextField
        placeholder="Name or ID"
        autoComplete="off"
        list={listId}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        hint={hint}
        error={error}
        {...props}
      />
      <datalist id={listId}>
        {matches?.map((match) => (
          <option key={match.id} value={String(match.id)} label={match.label} />
        ))}
      </datalist>
    </>
  );
}

/**
 * The text of an ID field that filters a list kept in the address: it starts as the address's
 * ID, and once the operator pauses, an ID (typed, or chosen among the matches) or an empty field
 * is applied; a name being typed is not (its matches are offered). When the address changes
 * otherwise (a link, Back), the field follows it.
 */
export function useIdFilter(current: number | undefined, apply: (id: number | undefined) => void) {
  const [text, setText] = useState(current === undefined ? '' : String(current));
  const settled = useSettled(text.trim());
  useEffect(() => {
    const id = integer(settled);
    if ((settled === '' || id !== undefined) && id !== current) apply(id);
    // Only when what the operator typed settles: not when the address changes.
  }, [settled]);
  useEffect(() => {
    setText((typed) => (integer(typed) === current ? typed : current === undefined ? '' : String(current)));
  }, [current]);
  return [text, setText] as const;
}
