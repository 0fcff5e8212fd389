/**
 * The Profile view's state: the text typed for each field, the profile it parses to in the pane's
 * unit (invalid entries left out and reported), loaded once from where the host keeps it and
 * saved after each change (document settings in Excel, browser storage in the preview).
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { PROFILE_FIELDS } from "../../../core/package/profile-fields";
import { parseProfileValue, type Profile, type ProfileValue } from "../../../core/package/profile";
import type { ProfileFieldId } from "../../../core/rules/schema";
import type { Unit } from "../../../core/text/units";
import type { PaneOperations } from "../../host/operations";

/** A field the user typed something unusable into. */
export interface FieldProblem {
  field: ProfileFieldId;
  message: string;
}

/** What the view renders and changes. */
export interface ProfileState {
  texts: ReadonlyMap<ProfileFieldId, string>;
  profile: Profile;
  problems: FieldProblem[];
  setText: (field: ProfileFieldId, text: string) => void;
  clear: () => void;
  saveError?: string;
}

/** Profile text for a stored value, in the pane's unit. */
function textOf(field: ProfileFieldId, value: ProfileValue, unit: Unit): string {
  if (typeof value === "boolean") return value ? "yes" : "no";
  const kind = PROFILE_FIELDS.find((f) => f.id === field)?.kind;
  if (kind === "money") return String(value / unit.multiplier);
  if (kind === "fraction") return `${Math.round(value * 1e6) / 1e4}%`;
  return String(value);
}

/** Reads saved JSON ({ values: { field: yuan | fraction | count | boolean } }); anything else is ignored. */
function savedValues(json: string | null): Map<ProfileFieldId, ProfileValue> {
  const out = new Map<ProfileFieldId, ProfileValue>();
  if (!json) return out;
  try {
    const values = (JSON.parse(json) as { values?: unknown }).values;
    if (typeof values !== "object" || values === null) return out;
    for (const field of PROFILE_FIELDS) {
      if (!Object.prototype.hasOwnProperty.call(values, field.id)) continue;
      const v = (values as Record<string, unknown>)[field.id];
      if (typeof v === "number" || typeof v === "boolean") out.set(field.id, v);
    }
  } catch {
    // An unreadable saved profile starts empty.
  }
  return out;
}

/** The profile state, persisted through the host's operations. */
export function useProfile(operations: PaneOperations, unit: Unit): ProfileState {
  const [texts, setTexts] = useState<ReadonlyMap<ProfileFieldId, string>>(new Map());
  const [loaded, setLoaded] = useState(false);
  const [saveError, setSaveError] = useState<string>();
  const unitRef = useRef(unit);
  unitRef.current = unit;

  useEffect(() => {
    let live = true;
    operations
      .loadProfile()
      .then((json) => {
        if (!live) return;
        const values = savedValues(json);
        setTexts((current) => (current.size > 0 ? current : new Map([...values].map(([f, v]) => [f, textOf(f, v, unitRef.current)]))));
      })
      .catch(() => undefined) // nothing saved that can be read: start empty
      .finally(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, [operations]);

  const { profile, problems } = useMemo(() => {
    const values = new Map<ProfileFieldId, ProfileValue>();
    const found: FieldProblem[] = [];
    for (const field of PROFILE_FIELDS) {
      const text = texts.get(field.id) ?? "";
      try {
        const value = parseProfileValue(field, text, unit);
        if (value !== undefined) values.set(field.id, value);
      } catch (error) {
        found.push({ field: field.id, message: error instanceof Error ? error.message : String(error) });
      }
    }
    return { profile: values as Profile, problems: found };
  }, [texts, unit]);

  const json = useMemo(() => JSON.stringify({ values: Object.fromEntries(profile) }), [profile]);
  useEffect(() => {
    if (!loaded) return;
    operations.saveProfile(json).then(
      () => setSaveError(undefined),
      (error: unknown) => setSaveError(error instanceof Error ? error.message : String(error)),
    );
  }, [json, loaded, operations]);

  return {
    texts,
    profile,
    problems,
    setText: (field, text) => setTexts((current) => new Map(current).set(field, text)),
    clear: () => setTexts(new Map()),
    saveError,
  };
}
