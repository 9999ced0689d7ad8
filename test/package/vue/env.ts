// The one line a Vue app adds for typed templates.
import type {} from 'eindex-widgets/vue';
