import type { ReactNode } from 'react';

/** Phone-sized page: a heading, optional actions, content in a max-w-md column. */
export function Page({ title, actions, children, wide = false }: { title: string; actions?: ReactNode; children: ReactNode; wide?: boolean }) {
  return (
    <main className={`mx-auto w-full ${wide ? 'max-w-6xl' : 'max-w-md'} px-4 pb-12 pt-4`}>
      <div className="mb-4 flex items-center justify-between gap-2">
        <h1 className="text-xl font-semibold text-slate-900">{title}</h1>
        {actions}
      </div>
      <div className="flex flex-col gap-4">{children}</div>
    </main>
  );
}
