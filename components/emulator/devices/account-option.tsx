import { Fragment } from "react";

/**
 * One demo account or test card to choose, as a radio with its label ("name · country · code") and, for accounts
 * that end some other way than OK, what they do. A country or code in the label never breaks inside itself.
 */
export function AccountOption({
  name,
  value,
  label,
  detail,
  defaultChecked,
}: {
  name: string;
  value: string;
  label: string;
  detail?: string;
  defaultChecked: boolean;
}) {
  const parts = label.split(" · ");
  return (
    <label className="flex items-center gap-3 rounded-md border border-slate-300 px-3 py-2 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600">
      <input type="radio" name={name} value={value} defaultChecked={defaultChecked} />
      <span className="flex flex-col">
        <span>
          {parts.map((part, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one label never move
            <Fragment key={index}>
              {index > 0 ? " · " : null}
              {index > 0 ? <span className="whitespace-nowrap">{part}</span> : part}
            </Fragment>
          ))}
        </span>
        {detail ? <span className="text-xs text-slate-600">{detail}</span> : null}
      </span>
    </label>
  );
}
